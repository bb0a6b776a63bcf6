/**
 * Patronage and co-hosting (後援・共催名義, issue 6): a group asks the city to lend its name to one of the group's
 * events; the department asked decides against the conditions the municipality publishes, with reasons the group
 * sees; an approved event shows it on its page (through events' {@code EventEndorsement}).
 */
@NullMarked
@ApplicationModule(allowedDependencies = { "shared", "municipality", "events", "groups", "projects", "audit" })
package jp.tomoni.patronage;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
