package org.podunits.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The {@code os/linux/no-new-privileges} isolator: the {@link App} and its children can never gain
 * privileges (setuid binaries, file capabilities).
 *
 * <pre>{@code
 * @App(image = "example.com/worker", exec = "/bin/worker")
 * @NoNewPrivileges
 * void worker();
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface NoNewPrivileges {}
