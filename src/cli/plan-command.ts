import { planLoaded } from '../api.js';
import { renderPlanJson } from '../render/plan-json.js';
import { renderPlanText } from '../render/plan-text.js';
import { writeOutputFile } from './output-file.js';
import { refuseOutputOverInput } from './output-over-input.js';
import { loadPlanInput, type PlanInputFlags } from './plan-input.js';

export interface PlanCommandOptions extends PlanInputFlags {
  format: string;
  output?: string;
  cloneFrom?: string;
  pgVersion?: string;
}

export async function runPlan(file: string, opts: PlanCommandOptions): Promise<number> {
  refuseOutputOverInput(opts.output, [file, opts.patroniEnv, opts.cluster]);
  const { loaded, cluster } = await loadPlanInput(file, opts);
  const plan = planLoaded(loaded, { ...opts, cluster });
  const text = opts.format === 'json' ? renderPlanJson(plan) : renderPlanText(plan);
  if (opts.output) writeOutputFile(opts.output, text);
  else process.stdout.write(text);
  return 0;
}
