/** Every fix, by the id of the check whose findings it repairs. A check is fixable when it is listed here. */
import { bootstrapMethodFallbackFixer } from './bootstrap-method-fallback.js';
import { clusterWideSettingFixer } from './cluster-wide-setting.js';
import { deprecatedKeyFixer } from './deprecated-key.js';
import { duplicateKeyFixer } from './duplicate-key.js';
import type { Fixer } from './fixer.js';
import { replicaMethodSectionFixer } from './replica-method-section.js';
import { toolDefaultParamsFixer } from './tool-default-params.js';
import { unknownKeyFixer } from './unknown-key.js';
import { yaml11ValueFixer } from './yaml11-value.js';

export const FIXERS: readonly Fixer[] = [duplicateKeyFixer, unknownKeyFixer, bootstrapMethodFallbackFixer, replicaMethodSectionFixer, toolDefaultParamsFixer, deprecatedKeyFixer, yaml11ValueFixer, clusterWideSettingFixer];
