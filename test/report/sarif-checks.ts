/**
 * Structural checks for the parts of the SARIF 2.1.0 schema (sarif-schema-2.1.0.json) that a
 * log like ours uses, written out by hand (no network, no schema package), plus what GitHub
 * code scanning requires of an upload (each result located with a region and startLine, URIs
 * relative to the checkout, and our own primaryLocationLineHash so the upload never hashes a
 * line of the file). Returns a list of problems, each naming the JSON path.
 */
const LEVELS = ['none', 'note', 'warning', 'error'];
const RESULT_KINDS = ['notApplicable', 'pass', 'fail', 'review', 'open', 'informational'];
const SUPPRESSION_KINDS = ['inSource', 'external'];

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isInt = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v);

export function sarifProblems(log: unknown): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, where: string, what: string) => {
    if (!ok) problems.push(`${where}: ${what}`);
  };
  const message = (m: unknown, where: string) => {
    // message: text or id required.
    need(isObj(m) && (typeof m.text === 'string' || typeof m.id === 'string'), where, 'message needs text or id');
    if (isObj(m) && typeof m.text === 'string') need(m.text.length > 0, where, 'message text is empty');
  };
  const multiformat = (m: unknown, where: string) =>
    need(isObj(m) && typeof m.text === 'string' && m.text.length > 0, where, 'multiformatMessageString needs text');
  const uriReference = (uri: unknown, where: string) => {
    need(typeof uri === 'string' && uri.length > 0, where, 'uri must be a non-empty string');
    if (typeof uri !== 'string') return;
    need(!/[\s\u0000-\u001f\u007f-\u009f"<>\\^`{|}]/.test(uri), where, 'uri holds characters that must be percent-encoded');
    try {
      new URL(uri, 'file:///base/');
    } catch {
      problems.push(`${where}: uri is not a valid URI reference`);
    }
  };
  const location = (loc: unknown, where: string) => {
    need(isObj(loc), where, 'location must be an object');
    if (!isObj(loc)) return;
    if (loc.physicalLocation !== undefined) {
      const pl = loc.physicalLocation;
      need(isObj(pl), `${where}.physicalLocation`, 'must be an object');
      if (!isObj(pl)) return;
      // physicalLocation: anyOf [address] or [artifactLocation].
      need(isObj(pl.artifactLocation) || isObj(pl.address), `${where}.physicalLocation`, 'needs artifactLocation or address');
      if (isObj(pl.artifactLocation)) {
        uriReference(pl.artifactLocation.uri, `${where}.physicalLocation.artifactLocation.uri`);
        if (pl.artifactLocation.uriBaseId !== undefined)
          need(typeof pl.artifactLocation.uriBaseId === 'string', where, 'uriBaseId must be a string');
      }
      if (pl.region !== undefined) {
        const r = pl.region;
        need(isObj(r), `${where}.region`, 'must be an object');
        if (isObj(r)) {
          need(isInt(r.startLine) && r.startLine >= 1, `${where}.region.startLine`, 'must be an integer ≥ 1');
          if (r.endLine !== undefined)
            need(isInt(r.endLine) && r.endLine >= (r.startLine as number), `${where}.region.endLine`, 'must be an integer ≥ startLine');
        }
      }
    }
    if (loc.logicalLocations !== undefined) {
      need(Array.isArray(loc.logicalLocations), `${where}.logicalLocations`, 'must be an array');
      (Array.isArray(loc.logicalLocations) ? loc.logicalLocations : []).forEach((l, i) => {
        need(isObj(l), `${where}.logicalLocations[${i}]`, 'must be an object');
        if (isObj(l))
          for (const k of ['name', 'fullyQualifiedName', 'kind'])
            if (l[k] !== undefined) need(typeof l[k] === 'string', `${where}.logicalLocations[${i}].${k}`, 'must be a string');
      });
    }
  };

  need(isObj(log), '$', 'log must be an object');
  if (!isObj(log)) return problems;
  need(log.version === '2.1.0', '$.version', "must be '2.1.0'");
  if (log.$schema !== undefined) need(typeof log.$schema === 'string' && /^https?:\/\//.test(log.$schema), '$.$schema', 'must be a URI');
  need(Array.isArray(log.runs), '$.runs', 'required array');
  const runs = Array.isArray(log.runs) ? log.runs : [];
  runs.forEach((run, r) => {
    const at = `$.runs[${r}]`;
    need(isObj(run), at, 'must be an object');
    if (!isObj(run)) return;
    need(isObj(run.tool) && isObj(run.tool.driver), `${at}.tool.driver`, 'required');
    const driver = isObj(run.tool) && isObj(run.tool.driver) ? run.tool.driver : {};
    need(typeof driver.name === 'string' && driver.name.length > 0, `${at}.tool.driver.name`, 'required string');
    if (driver.version !== undefined) need(typeof driver.version === 'string', `${at}.tool.driver.version`, 'must be a string');
    if (driver.informationUri !== undefined)
      need(
        typeof driver.informationUri === 'string' && /^https?:\/\/\S+$/.test(driver.informationUri),
        `${at}.tool.driver.informationUri`,
        'must be an absolute URI',
      );
    const rules = Array.isArray(driver.rules) ? (driver.rules as unknown[]) : [];
    const ruleIds = new Set<string>();
    rules.forEach((rule, i) => {
      const w = `${at}.tool.driver.rules[${i}]`;
      need(isObj(rule) && typeof rule.id === 'string', w, 'reportingDescriptor needs an id');
      if (!isObj(rule)) return;
      need(!ruleIds.has(rule.id as string), w, 'duplicate rule id');
      ruleIds.add(rule.id as string);
      for (const k of ['shortDescription', 'fullDescription', 'help']) if (rule[k] !== undefined) multiformat(rule[k], `${w}.${k}`);
      if (rule.defaultConfiguration !== undefined) {
        const level = isObj(rule.defaultConfiguration) ? rule.defaultConfiguration.level : undefined;
        need(level === undefined || LEVELS.includes(level as string), `${w}.defaultConfiguration.level`, 'not a SARIF level');
      }
      if (rule.properties !== undefined) need(isObj(rule.properties), `${w}.properties`, 'must be an object');
    });
    need(Array.isArray(run.results), `${at}.results`, 'should be an array (code scanning needs it)');
    (Array.isArray(run.results) ? run.results : []).forEach((res, i) => {
      const w = `${at}.results[${i}]`;
      need(isObj(res), w, 'must be an object');
      if (!isObj(res)) return;
      message(res.message, `${w}.message`);
      need(typeof res.ruleId === 'string', `${w}.ruleId`, 'code scanning needs a ruleId');
      if (res.ruleIndex !== undefined) {
        need(isInt(res.ruleIndex) && res.ruleIndex >= -1, `${w}.ruleIndex`, 'must be an integer ≥ -1');
        const rule = rules[res.ruleIndex as number];
        need(isObj(rule) && rule.id === res.ruleId, `${w}.ruleIndex`, 'does not point at the rule named by ruleId');
      }
      if (typeof res.ruleId === 'string') need(ruleIds.has(res.ruleId), `${w}.ruleId`, 'no rule with this id in tool.driver.rules');
      if (res.level !== undefined) need(LEVELS.includes(res.level as string), `${w}.level`, 'not a SARIF level');
      if (res.kind !== undefined) need(RESULT_KINDS.includes(res.kind as string), `${w}.kind`, 'not a result kind');
      need(Array.isArray(res.locations) && res.locations.length >= 1, `${w}.locations`, 'code scanning needs at least one location');
      (Array.isArray(res.locations) ? res.locations : []).forEach((l, j) => {
        location(l, `${w}.locations[${j}]`);
        const pl = isObj(l) && isObj(l.physicalLocation) ? l.physicalLocation : undefined;
        need(
          pl !== undefined && isObj(pl.region) && isInt(pl.region.startLine),
          `${w}.locations[${j}].physicalLocation.region`,
          'code scanning needs a region with startLine',
        );
        const uri = pl && isObj(pl.artifactLocation) ? pl.artifactLocation.uri : undefined;
        need(
          typeof uri !== 'string' || !/^(file:|\/|[A-Za-z]:)/.test(uri),
          `${w}.locations[${j}].physicalLocation.artifactLocation.uri`,
          'code scanning needs a URI relative to the repository root',
        );
      });
      need(
        isObj(res.partialFingerprints) && typeof res.partialFingerprints.primaryLocationLineHash === 'string',
        `${w}.partialFingerprints.primaryLocationLineHash`,
        'needed, or upload-sarif hashes the line of the file',
      );
      if (res.partialFingerprints !== undefined) {
        need(isObj(res.partialFingerprints), `${w}.partialFingerprints`, 'must be an object');
        if (isObj(res.partialFingerprints))
          for (const [k, v] of Object.entries(res.partialFingerprints))
            need(typeof v === 'string', `${w}.partialFingerprints.${k}`, 'must be a string');
      }
      if (res.suppressions !== undefined) {
        need(Array.isArray(res.suppressions), `${w}.suppressions`, 'must be an array');
        (Array.isArray(res.suppressions) ? res.suppressions : []).forEach((s, j) =>
          need(isObj(s) && SUPPRESSION_KINDS.includes(s.kind as string), `${w}.suppressions[${j}].kind`, 'required: inSource or external'),
        );
      }
      if (res.properties !== undefined) need(isObj(res.properties), `${w}.properties`, 'must be an object');
    });
    if (run.invocations !== undefined) {
      need(Array.isArray(run.invocations), `${at}.invocations`, 'must be an array');
      (Array.isArray(run.invocations) ? run.invocations : []).forEach((inv, i) => {
        const w = `${at}.invocations[${i}]`;
        need(isObj(inv) && typeof inv.executionSuccessful === 'boolean', `${w}.executionSuccessful`, 'required boolean');
        const notes = isObj(inv) && Array.isArray(inv.toolExecutionNotifications) ? inv.toolExecutionNotifications : [];
        notes.forEach((n, j) => {
          const nw = `${w}.toolExecutionNotifications[${j}]`;
          need(isObj(n), nw, 'must be an object');
          if (!isObj(n)) return;
          message(n.message, `${nw}.message`);
          if (n.level !== undefined) need(LEVELS.includes(n.level as string), `${nw}.level`, 'not a SARIF level');
          if (n.locations !== undefined)
            (Array.isArray(n.locations) ? n.locations : []).forEach((l, k) => location(l, `${nw}.locations[${k}]`));
          if (n.descriptor !== undefined)
            need(isObj(n.descriptor) && typeof n.descriptor.id === 'string', `${nw}.descriptor.id`, 'required string');
        });
      });
    }
  });
  return problems;
}
