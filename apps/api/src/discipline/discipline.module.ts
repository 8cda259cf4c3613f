import { Module } from '@nestjs/common';
import { CaseLinks } from './case-links';
import { DisciplineDecisions } from './discipline-decision';
import { DisciplineIntake } from './discipline-intake';

/** Kỷ luật (domain §5): its intake rules, its decision as a complaint's subject, and the links between those cases. */
@Module({
  providers: [DisciplineIntake, DisciplineDecisions, CaseLinks],
  exports: [DisciplineIntake, DisciplineDecisions, CaseLinks],
})
export class DisciplineModule {}
