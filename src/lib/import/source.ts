/**
 * Which format an export file is in, by its content rather than its name (organisers rename
 * downloads): an iCalendar file, an Indico JSON export, or something the importer refuses
 * with a message that says what to download instead.
 */
import { isIcal, parseIcal } from './ical.ts';
import { isIndicoExport, parseIndico } from './indico.ts';
import { ImportError, type ImportSource } from './model.ts';

const WHAT_TO_USE =
  "The importer reads Indico's event export (https://<indico>/export/event/<id>.json?detail=contributions, downloaded logged out) or an iCalendar (.ics) file such as Indico's session calendar.";

export function parseExport(text: string): ImportSource {
  if (isIcal(text)) return parseIcal(text);
  const body = text.replace(/^\uFEFF/, '').trim();
  if (!body) throw new ImportError(`The file is empty. ${WHAT_TO_USE}`);
  if (!/^[[{]/.test(body))
    throw new ImportError(`The file is neither JSON nor iCalendar, so its format is unknown. ${WHAT_TO_USE}`);
  let data: unknown;
  try {
    data = JSON.parse(body);
  } catch (e) {
    throw new ImportError(
      `The file is not valid JSON (${(e as Error).message}); the download may have been cut short. Download the export again and import the new file.`,
    );
  }
  if (isIndicoExport(data)) return parseIndico(data);
  const frab = typeof data === 'object' && data !== null && 'schedule' in data;
  throw new ImportError(
    `The file is JSON but not an Indico export${frab ? ' (it looks like a frab/pretalx schedule, which the importer does not read)' : ''}: it has no "_type": "HTTPAPIResult". ${WHAT_TO_USE}`,
  );
}
