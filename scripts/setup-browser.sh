#!/usr/bin/env bash
# Makes sure Debian's Chromium is installed for the browser tests (playwright-core drives it;
# browser downloads from the web do not work here). Does nothing when it is already there.
set -euo pipefail
chromium_path="${CHROMIUM_PATH:-/usr/bin/chromium}"
if [ -x "$chromium_path" ]; then
  exit 0
fi
if [ "$(id -u)" -eq 0 ]; then
  as_root=()
elif command -v sudo >/dev/null 2>&1 && sudo -n true 2>/dev/null; then
  as_root=(sudo -n)
else
  echo "The browser tests need Chromium at $chromium_path. Install it as root with:" >&2
  echo "  apt-get update && apt-get install -y chromium" >&2
  echo "or set CHROMIUM_PATH to a Chromium binary." >&2
  exit 1
fi
echo "Installing Chromium from Debian's packages for the browser tests..."
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
echo "Chromium installed: $("$chromium_path" --version)"
