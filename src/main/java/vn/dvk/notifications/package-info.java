/**
 * Notifications: reminders of the yearly plan's deadlines to the units that have not met them,
 * before and after each deadline, in the application's inbox and by e-mail when SMTP is configured.
 * The public API is {@link vn.dvk.notifications.Inbox} and {@link
 * vn.dvk.notifications.DeadlineReminders}.
 */
@ApplicationModule(displayName = "Notifications")
package vn.dvk.notifications;

import org.springframework.modulith.ApplicationModule;
