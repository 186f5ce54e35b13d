/**
 * Recognition (“công nhận”): review rounds that a unit holds at its own level, the proposals units
 * below send to them, the council's scores and votes, the meeting, and the numbered decisions that
 * recognize models, commend them or revoke a recognition. The public API is {@link
 * vn.dvk.recognition.ReviewRounds} and {@link vn.dvk.recognition.Recognitions}.
 */
@ApplicationModule(displayName = "Recognition")
package vn.dvk.recognition;

import org.springframework.modulith.ApplicationModule;
