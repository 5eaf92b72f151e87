package org.podunits.processor;

import java.util.List;

/** The qualified names of the podunits annotations the processor reads. */
final class Annotations {
  private Annotations() {}

  private static final String PACKAGE = "org.podunits.annotations.";

  static final String POD_SPEC = PACKAGE + "PodSpec";
  static final String APP = PACKAGE + "App";
  static final String VOLUME = PACKAGE + "Volume";
  static final String ENV = PACKAGE + "Env";
  static final String STDIO = PACKAGE + "Stdio";
  static final String RESOURCES = PACKAGE + "Resources";
  static final String CAPABILITIES = PACKAGE + "Capabilities";
  static final String SECCOMP = PACKAGE + "Seccomp";
  static final String NO_NEW_PRIVILEGES = PACKAGE + "NoNewPrivileges";
  static final String MOUNT = PACKAGE + "Mount";
  static final String PORT = PACKAGE + "Port";
  static final String PRE_START = PACKAGE + "PreStart";
  static final String POST_STOP = PACKAGE + "PostStop";
  static final String OPTION = PACKAGE + "Option";

  /** The annotations that configure an app and mean nothing on a method without {@code @App}. */
  static final List<String> APP_DETAILS = List.of(ENV, STDIO, RESOURCES, CAPABILITIES, SECCOMP,
      NO_NEW_PRIVILEGES, MOUNT, PORT, PRE_START, POST_STOP, OPTION);

  /** The simple name of an annotation, such as {@code Mount}. */
  static String simpleName(String qualified) {
    return qualified.substring(PACKAGE.length());
  }
}
