/**
 * `--data DIR` for the analysis commands: loads a dataset folder into native DuckDB exactly as `validate` does
 * (plan → load → validate → activate), so unqualified table names resolve to it. A dataset with contract errors is
 * bad input (exit 2) with its first findings in the message.
 */
import { InputError } from '../core/errors.ts';
import { NodeEngine } from '../data/engine/engine-native.node.ts';
import { planFromPath } from '../data/dataset/plan-dir.node.ts';
import { loadDataset } from '../data/dataset/load-dataset.ts';
import { nativeInsert } from '../data/dataset/insert-native.node.ts';
import { formatFinding } from '../data/validate/validation-report.ts';

export async function openDataset(dir: string): Promise<NodeEngine> {
  const plan = await planFromPath(dir);
  const engine = await NodeEngine.create();
  try {
    const result = await loadDataset(plan, { engine, insertFile: nativeInsert(engine) });
    if (!result.activated) {
      const first = result.report.errors.slice(0, 3).map(formatFinding).join('\n');
      throw new InputError(
        `${dir}: the dataset does not meet the contract (${result.report.errors.length} error(s)); run validate for all.\n${first}`,
        'invalid-dataset',
      );
    }
    return engine;
  } catch (e) {
    await engine.close();
    throw e;
  }
}
