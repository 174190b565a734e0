#!/usr/bin/env bash
# Makes sure the tools the tests drive are installed: Debian's Chromium for the browser tests
# (playwright-core drives it; browser downloads from the web do not work here) and a Java
# runtime for the Nu HTML Checker (vnu-jar ships the checker, not a JVM). Does nothing when
# both are there.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
missing=()
[ -x "$chromium_path" ] || missing+=(chromium)
command -v java >/dev/null 2>&1 || missing+=(default-jre-headless)
if [ ${#missing[@]} -eq 0 ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "The tests need ${missing[*]} (Chromium at $chromium_path, java on PATH). Install as root with:" >&2
  echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
  echo "or set CHROMIUM_PATH to a Chromium binary." >&2
  exit 1
fi
echo "Installing ${missing[*]} from Debian's packages for the tests..."
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
[ -x "$chromium_path" ] && echo "Chromium: $("$chromium_path" --version)"
command -v java >/dev/null 2>&1 && echo "Java: $(java -version 2>&1 | head -1)"
