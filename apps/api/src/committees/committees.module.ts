import { Module } from '@nestjs/common';
import { CommitteeIntake } from './committee-intake';
import { CommitteeRoster } from './committee-roster';

/** A lower union's committee (domain §3): the recognition and addition dossiers' intake rules, and the roster in force. */
@Module({
  providers: [CommitteeIntake, CommitteeRoster],
  exports: [CommitteeIntake, CommitteeRoster],
})
export class CommitteesModule {}
