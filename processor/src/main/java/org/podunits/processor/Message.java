package org.podunits.processor;

import java.util.Locale;

/**
 * Every message the processor writes itself, each with a stable tag that starts its text in
 * brackets ({@code [app-parameters] ...}), so that users and tests can grep for it. Problems the
 * runtime finds in a spec's values are tagged with the runtime's diagnostic code instead.
 */
enum Message {
  SPEC_NOT_INTERFACE("@PodSpec is on %s %s, but a pod spec must be an interface: declare it as"
      + " \"interface %s\" with one @App method per app"),
  SPEC_NAME_INVALID("@PodSpec name \"%s\" must be lower-case letters and digits in words joined"
      + " by '-', such as web-pod; leave it empty to derive it from the interface name"),
  APP_OUTSIDE_SPEC("@App on %s has no effect: %s is not annotated @PodSpec; annotate the interface"
      + " with @PodSpec or remove @App"),
  DETAIL_WITHOUT_APP("@%s on %s has no effect without @App on the same method; add @App(image ="
      + " ..., exec = ...) or remove @%s"),
  APP_PARAMETERS("app method %s must not take parameters: an app is declared by an abstract method"
      + " without parameters, such as \"void %s();\""),
  APP_NOT_ABSTRACT("app method %s must be abstract: remove its body and the %s modifier"),
  APP_GENERIC("app method %s must not declare type parameters; remove <%s>"),
  METHOD_WITHOUT_APP("abstract method %s of pod spec %s is not an app: annotate it with @App(image"
      + " = ..., exec = ...), or give it a body with \"default\""),
  APP_NAME_DUPLICATE("app name \"%s\" of method %s is already the name of method %s's app; give one"
      + " of them another name with @App(name = ...)"),
  APP_NAME_DERIVED("the app name derived from method %s is not valid: %s; name the app with @App(name ="
      + " ...)"),
  VOLUME_READ_ONLY_TWICE("@Volume \"%s\" sets readOnly %d times; set it once (readOnly = true or"
      + " readOnly = false) or leave it out to let each mount decide"),
  ID_NOT_NUMERIC("@App %s \"%s\" must be a number such as \"%s\": a generated builder plans without"
      + " the app's rootfs, so it cannot look a name up in its /etc/%s; use the numeric id"),
  CAPABILITIES_EMPTY("@Capabilities on %s names no capability: list the ones to keep in retain, or"
      + " the ones to drop in remove"),
  SECCOMP_EMPTY("@Seccomp on %s names no syscall: list the calls to allow in retain, or the calls to"
      + " deny in remove"),
  GENERATION_FAILED("cannot write %s: %s"),
  UNEXPECTED_EXCEPTION("the podunits processor failed on %s; please report this with the stack"
      + " trace: %s");

  private final String tag;
  private final String format;

  Message(String format) {
    this.tag = name().toLowerCase(Locale.ROOT).replace('_', '-');
    this.format = format;
  }

  /** The stable tag, such as {@code app-parameters}. */
  String tag() {
    return tag;
  }

  /** The text of this message for {@code args}, without its tag. */
  String text(Object... args) {
    return String.format(Locale.ROOT, format, args);
  }
}
