package org.podunits.pod;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Support for the builders the podunits annotation processor generates ({@code WebPodUnits.Builder}
 * for a spec {@code WebPod}); not meant to be extended by hand. It holds the run-time facts every
 * pod has, set with the public methods here, and the mechanics every generated builder shares: host
 * port forwards, environment variables added to an app at run time, and a {@link Pod.Builder} with
 * all of them applied. The generated subclass adds what its spec declares: typed methods per port,
 * volume and app, {@code pod()} and {@code build()}. Keeping the shared part here keeps each
 * generated class small, which is most of what the processor adds to a compile.
 *
 * <p>Setters of single values replace; host port forwards and added variables are kept in the
 * order first given, a repeated name replacing its value.
 *
 * @param <B> the generated builder, which each setter returns so that calls chain
 */
public abstract class GeneratedPodBuilder<B extends GeneratedPodBuilder<B>> {
  private Stage1 stage1;
  private boolean interactive;
  private boolean debug;
  private String metadataUrl;
  private UidRange uidRange = UidRange.NONE;
  private Architecture architecture = Architecture.AMD64;
  private InsecureOptions insecureOptions = InsecureOptions.NONE;
  private final Map<String, Integer> hostPorts = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> addedEnvironments = new HashMap<>();

  /**
   * A builder for a pod planned for {@code stage1} unless {@link #stage1(Stage1)} says otherwise.
   *
   * @param stage1 the stage1 the spec declares
   */
  protected GeneratedPodBuilder(Stage1 stage1) {
    this.stage1 = stage1;
  }

  /**
   * The stage1 to plan for, such as {@code Stage1Detector.detect(podRoot)}; the spec's is the
   * default.
   *
   * @param stage1 the stage1
   * @return this builder
   */
  public final B stage1(Stage1 stage1) {
    this.stage1 = stage1;
    return self();
  }

  /**
   * Whether the pod's app is attached to the terminal; {@code false} by default.
   *
   * @param interactive whether it is
   * @return this builder
   */
  public final B interactive(boolean interactive) {
    this.interactive = interactive;
    return self();
  }

  /**
   * Whether stage1 debugging is on; {@code false} by default.
   *
   * @param debug whether it is
   * @return this builder
   */
  public final B debug(boolean debug) {
    this.debug = debug;
    return self();
  }

  /**
   * The metadata service URL given to the apps; none by default.
   *
   * @param metadataUrl the URL
   * @return this builder
   */
  public final B metadataUrl(String metadataUrl) {
    this.metadataUrl = metadataUrl;
    return self();
  }

  /**
   * The user-namespace range files are shifted into; none by default.
   *
   * @param uidRange the range
   * @return this builder
   */
  public final B uidRange(UidRange uidRange) {
    this.uidRange = uidRange;
    return self();
  }

  /**
   * The architecture of the machine the pod runs on; amd64 by default.
   *
   * @param architecture the architecture
   * @return this builder
   */
  public final B architecture(Architecture architecture) {
    this.architecture = architecture;
    return self();
  }

  /**
   * The protections switched off; none by default.
   *
   * @param insecureOptions the options
   * @return this builder
   */
  public final B insecureOptions(InsecureOptions insecureOptions) {
    this.insecureOptions = insecureOptions;
    return self();
  }

  /**
   * The user-namespace range set so far, which user and group names found in an app's rootfs are
   * shifted by.
   *
   * @return the range
   */
  protected final UidRange uidRange() {
    return uidRange;
  }

  /**
   * Forwards the host port {@code hostPort} to the app port {@code port}.
   *
   * @param port a port name the spec declares
   * @param hostPort the host port
   * @return this builder
   */
  protected final B forward(String port, int hostPort) {
    hostPorts.put(port, hostPort);
    return self();
  }

  /**
   * Adds an environment variable to the app {@code app}, to follow those of the spec.
   *
   * @param app the app's name
   * @param name the variable's name
   * @param value the variable's value
   * @return this builder
   */
  protected final B addVariable(String app, String name, String value) {
    addedEnvironments.computeIfAbsent(app, unused -> new LinkedHashMap<>()).put(name, value);
    return self();
  }

  /**
   * The value of a variable added to the app {@code app} at run time, or {@code otherwise}.
   *
   * @param app the app's name
   * @param name the variable's name
   * @param otherwise the value if none was added, such as the spec's, or null
   * @return the value
   */
  protected final String addedVariable(String app, String name, String otherwise) {
    Map<String, String> added = addedEnvironments.get(app);
    return added == null ? otherwise : added.getOrDefault(name, otherwise);
  }

  /**
   * {@code builder}, after adding the variables added to the app {@code app} at run time.
   *
   * @param app the app's name
   * @param builder the app's builder, with the spec's values
   * @return {@code builder}
   */
  protected final App.Builder withAddedEnvironment(String app, App.Builder builder) {
    Map<String, String> added = addedEnvironments.get(app);
    if (added != null) {
      added.forEach(builder::env);
    }
    return builder;
  }

  /**
   * A pod builder with every run-time fact set here applied, for the generated {@code pod()} to add
   * the spec's volumes and apps to.
   *
   * @return a new pod builder
   */
  protected final Pod.Builder podBuilder() {
    Pod.Builder pod = Pod.builder(stage1)
        .interactive(interactive)
        .debug(debug)
        .uidRange(uidRange)
        .architecture(architecture)
        .insecureOptions(insecureOptions);
    if (metadataUrl != null) {
      pod.metadataUrl(metadataUrl);
    }
    hostPorts.forEach(pod::hostPort);
    return pod;
  }

  /** Safe: a generated builder {@code X} extends {@code GeneratedPodBuilder<X>}. */
  @SuppressWarnings("unchecked")
  private B self() {
    return (B) this;
  }
}
