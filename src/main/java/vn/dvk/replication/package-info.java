/**
 * Replication (học tập, nhân rộng): a unit starts a model learned from a recognized one, and the
 * source shows where it spread — its lineage tree, copies of copies included — while reports count
 * the replications per model, unit and year.
 */
@ApplicationModule(displayName = "Replication")
package vn.dvk.replication;

import org.springframework.modulith.ApplicationModule;
