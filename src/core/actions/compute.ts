import { formatBp } from '../report';
import { fail } from '../result';
import type { CompanyState } from '../state';
import { done, type EditHandler } from './handler';

/** A lab's split of compute between training (capability) and inference (revenue). */
export const allocateCompute: EditHandler<'compute/allocate'> = (edit, action, company) => {
  if (company.role !== 'lab')
    return fail('company/wrongRole', 'Only AI labs split compute between training and inference.');
  edit.own<CompanyState>('companies', company.id).trainingShareBp = action.trainingBp;
  return done(
    `From now on ${formatBp(action.trainingBp)} of compute trains the next model and ${formatBp(10000 - action.trainingBp)} serves customers.`,
  );
};
