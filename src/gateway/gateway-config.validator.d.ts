// Types of the generated standalone validator (see scripts/generate-validator.mjs).
import type { ErrorObject } from 'ajv';

export interface StandaloneValidate {
  (data: unknown): boolean;
  errors?: ErrorObject[] | null;
}
declare const validate: StandaloneValidate;
export default validate;
