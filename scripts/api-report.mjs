// The public TypeScript surface of a published package, as api-extractor
// reports (api/<name>.api.md, committed): one per entry point of its
// `exports`. Run from the package folder after its build.
//   node ../../scripts/api-report.mjs          writes the reports
//   node ../../scripts/api-report.mjs --check  fails when the built surface differs from them (npm test)
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';

const check = process.argv.includes('--check');
const packageDir = process.cwd();
const pkg = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8'));
const shortName = pkg.name.split('/').pop();
const reportFolder = join(packageDir, 'api');
const scratch = mkdtempSync(join(tmpdir(), 'revox-api-report-'));
mkdirSync(reportFolder, { recursive: true });

const changed = [];
try {
  for (const [entry, targets] of Object.entries(pkg.exports)) {
    const types = targets?.import?.types;
    if (!types) continue;
    const reportName = entry === '.' ? shortName : `${shortName}-${entry.replace(/^\.\//, '')}`;
    const config = ExtractorConfig.prepare({
      configObject: {
        projectFolder: packageDir,
        mainEntryPointFilePath: resolve(packageDir, types),
        compiler: {
          overrideTsconfig: {
            compilerOptions: { skipLibCheck: true, lib: ['es2022', 'dom'], types: [] },
            files: [resolve(packageDir, types)],
          },
        },
        apiReport: { enabled: true, reportFileName: `${reportName}.api.md`, reportFolder, reportTempFolder: scratch },
        docModel: { enabled: false },
        dtsRollup: { enabled: false },
        tsdocMetadata: { enabled: false },
        messages: {
          extractorMessageReporting: { default: { logLevel: 'none' } },
          compilerMessageReporting: { default: { logLevel: 'warning' } },
          tsdocMessageReporting: { default: { logLevel: 'none' } },
        },
      },
      configObjectFullPath: join(packageDir, 'api-extractor.json'),
      packageJsonFullPath: join(packageDir, 'package.json'),
    });
    const result = Extractor.invoke(config, {
      localBuild: !check,
      showVerboseMessages: false,
      messageCallback: (message) => {
        // api-extractor's own advice names its CLI; ours is below.
        if (message.messageId === 'console-api-report-changed' || message.messageId === 'console-api-report-copied') message.handled = true;
      },
    });
    if (check && result.apiReportChanged) changed.push(`api/${reportName}.api.md`);
    else if (!result.succeeded) throw new Error(`api-extractor failed on ${types}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (changed.length) {
  console.error(
    `\n${pkg.name}: the public API differs from ${changed.join(' and ')}.\n` +
      'Review the change (is it meant? does it need a major changeset?), then run `npm run api-report` ' +
      'at the root and commit the updated report, so the change shows in review as one readable diff.',
  );
  process.exit(1);
}
console.log(`${pkg.name}: public API ${check ? 'matches' : 'written to'} api/${shortName}*.api.md`);
