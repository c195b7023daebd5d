import { settingsPatch, type Settings } from '../../contract/methods/workspace';
import type { Api } from '../api';
import { UsageError, type ParsedArgs } from './args';
import type { CliIo } from './io';
import { SETTING_KEYS, type SettingKey } from './spec';
import { call, CallError } from './workspace';

/** Setting names on the command line, and the field each one is in Settings. */
const FIELDS: Record<SettingKey, keyof Settings> = {
  organisation: 'organisation',
  'organisation-url': 'organisationUrl',
  reviewer: 'reviewer',
  'review-url': 'reviewUrl',
  scale: 'scaleId',
  methodology: 'methodology',
};

/** What each setting takes, for the one line a wrong value gets. */
const TAKES: Partial<Record<SettingKey, string>> = {
  'organisation-url': 'an http(s) address, such as https://factcheck.example.org',
  'review-url': 'an http(s) address that may hold {article}, {slug} and {claim}, such as https://factcheck.example.org/{slug}',
};

const usage = (message: string) => Object.assign(new UsageError(message), { command: 'settings' });

function keyOf(raw: string | undefined): SettingKey {
  if (raw === undefined) throw usage(`name a setting: ${SETTING_KEYS.join(', ')}`);
  if (!(SETTING_KEYS as readonly string[]).includes(raw)) throw usage(`unknown setting "${raw}"; the settings are ${SETTING_KEYS.join(', ')}`);
  return raw as SettingKey;
}

/** `factbench settings get [KEY] [--json]` and `factbench settings set KEY VALUE`. */
export async function settingsCommand(api: Api, args: ParsedArgs, io: CliIo): Promise<number> {
  const [action, rawKey, value, ...extra] = args.positionals;
  if (action === 'get') {
    if (value !== undefined) throw usage('settings get takes at most one KEY');
    const settings = await call(api, 'settings.get', {});
    const keys = rawKey === undefined ? SETTING_KEYS : [keyOf(rawKey)];
    if (args.flags.has('json')) io.out(JSON.stringify(Object.fromEntries(keys.map((k) => [k, settings[FIELDS[k]]])), null, 2) + '\n');
    else if (rawKey !== undefined) io.out(`${String(settings[FIELDS[keys[0]!]])}\n`);
    else for (const k of keys) io.out(`${k} = ${String(settings[FIELDS[k]])}\n`);
    return 0;
  }
  if (action === 'set') {
    const key = keyOf(rawKey);
    if (value === undefined) throw usage(`settings set ${key} needs a VALUE ("" clears it)`);
    if (extra.length) throw usage(`settings set takes one VALUE; quote it if it holds spaces`);
    const field = FIELDS[key];
    const v = value.trim();
    // Checked here with the API's own schema, so a wrong value gets one line naming what the setting takes.
    if (!settingsPatch.shape[field].safeParse(v).success) throw usage(`${key} takes ${TAKES[key] ?? 'a shorter text'}, not "${value}"`);
    if (field === 'scaleId') {
      const { presets, custom } = await call(api, 'verdicts.scales', {});
      const ids = [...presets.map((p) => p.id), ...(custom ? [custom.id] : [])];
      if (!ids.includes(v)) throw usage(`scale takes one of ${ids.join(', ')}, not "${value}"`);
    }
    try {
      await call(api, 'settings.update', { patch: { [field]: v } });
    } catch (error) {
      if (error instanceof CallError && error.error.code === 'invalid-input') throw usage(`${key}: ${error.error.message}`);
      throw error;
    }
    return 0;
  }
  throw usage(action === undefined ? 'say get or set' : `unknown action "${action}"; say get or set`);
}
