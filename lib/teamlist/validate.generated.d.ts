// Types for the validator scripts/gen-validator.ts generates from schema.json.
import type { ErrorObject } from 'ajv';
import type { TeamListDocument } from './types';

export interface GeneratedValidator {
  (data: unknown): data is TeamListDocument;
  /** Every error when the last call returned false (generated with allErrors). */
  errors?: ErrorObject[] | null;
}

export declare const validate: GeneratedValidator;
export default validate;
