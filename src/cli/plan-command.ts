import { planLoaded } from '../api.js';
import { renderPlanJson } from '../render/plan-json.js';
import { renderPlanText } from '../render/plan-text.js';
import { loadInput } from '../load/read-input.js';
import { writeOutputFile } from './output-file.js';
import { refuseOutputOverInput } from './output-over-input.js';

export function runPlan(file: string, opts: { format: string; output?: string; cloneFrom?: string; patroniVersion?: string; pgVersion?: string }): number {
  refuseOutputOverInput(opts.output, [file]);
  const plan = planLoaded(loadInput(file), opts);
  const text = opts.format === 'json' ? renderPlanJson(plan) : renderPlanText(plan);
  if (opts.output) writeOutputFile(opts.output, text);
  else process.stdout.write(text);
  return 0;
}
