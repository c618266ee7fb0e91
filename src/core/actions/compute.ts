import { formatBp } from '../report';
import { fail } from '../result';
import { done, type Handler } from './handler';

/** A lab's split of compute between training (capability) and inference (revenue). */
export const allocateCompute: Handler<'compute/allocate'> = (_state, action, company) => {
  if (company.role !== 'lab')
    return fail('company/wrongRole', 'Only AI labs split compute between training and inference.');
  company.trainingShareBp = action.trainingBp;
  return done(
    `From now on ${formatBp(action.trainingBp)} of compute trains the next model and ${formatBp(10000 - action.trainingBp)} serves customers.`,
  );
};
