/**
 * Recognition (“công nhận”): review rounds that a unit holds at its own level, the proposals units
 * below send to them, the council's scores and votes, the meeting, and the numbered decisions that
 * recognize models, commend them or revoke a recognition. The public API is split by who uses it:
 * {@link vn.dvk.recognition.ReviewRounds} (reading rounds), {@link
 * vn.dvk.recognition.RoundAdministration} and {@link vn.dvk.recognition.CouncilFormation} (a
 * round's reviewer), {@link vn.dvk.recognition.RoundProposals} (the units below), {@link
 * vn.dvk.recognition.CouncilBallots} (its council), {@link vn.dvk.recognition.RoundDecisions} (the
 * decision) and {@link vn.dvk.recognition.Recognitions} (what models hold). The rules of a round's
 * life are in {@code domain.ReviewRound}.
 */
@ApplicationModule(displayName = "Recognition")
package vn.dvk.recognition;

import org.springframework.modulith.ApplicationModule;
