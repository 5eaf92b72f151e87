package org.podunits.examples;

import java.util.LinkedHashMap;
import java.util.Map;
import org.podunits.pod.App;
import org.podunits.pod.IoMode;
import org.podunits.pod.Pod;
import org.podunits.pod.Protocol;
import org.podunits.pod.Resources;
import org.podunits.pod.Seccomp;
import org.podunits.pod.Stage1;
import org.podunits.pod.Volume;

/**
 * Realistic pod specs, written with the runtime's builders: a web server with streamed logs and a
 * socket-activated port, a batch job with event hooks and resource limits, and a locked-down
 * service with its own seccomp filter and capability set.
 */
public final class ExamplePods {

  /** The systemd of Debian 12, whose {@code systemd-analyze} the tests verify units with. */
  static final Stage1 STAGE1 = Stage1.of(Stage1.Flavor.COREOS, 252);

  /** The pod the command line renders when it is given no arguments. */
  public static final String DEFAULT = "web";

  private ExamplePods() {}

  /** Every example pod by name, in a fixed order. */
  public static Map<String, Pod> all() {
    Map<String, Pod> pods = new LinkedHashMap<>();
    pods.put("web", web());
    pods.put("batch", batch());
    pods.put("locked-down", lockedDown());
    return pods;
  }

  /**
   * nginx whose logs are streamed to the runtime (attachable stdout and stderr) and whose port 80
   * is socket-activated and forwarded from the host's 8080; a log shipper runs beside it.
   */
  public static Pod web() {
    App nginx = App.builder("nginx")
        .image("example.com/nginx")
        .exec("/usr/sbin/nginx", "-g", "daemon off;")
        .workingDirectory("/srv/www")
        .env("NGINX_WORKERS", "2")
        .stdio(IoMode.NULL, IoMode.STREAM, IoMode.STREAM)
        .mount("logs", "/var/log/nginx", false)
        .port("http", Protocol.TCP, 80, true)
        .build();
    App shipper = App.builder("log-shipper")
        .image("example.com/log-shipper")
        .exec("/usr/bin/ship", "--from", "/var/log/nginx", "--to", "https://logs.example.com/ingest")
        .user(1000)
        .group(1000)
        .mount("logs", "/var/log/nginx", true)
        .build();
    return Pod.builder(STAGE1)
        .volume(Volume.empty("logs"))
        .hostPort("http", 8080)
        .app(nginx)
        .app(shipper)
        .build();
  }

  /**
   * A nightly report: inputs fetched before it starts, results uploaded after it stops, memory
   * and CPU capped.
   */
  public static Pod batch() {
    App report = App.builder("report")
        .image("example.com/reports")
        .exec("/usr/bin/report", "--since", "24h", "--format", "csv")
        .workingDirectory("/work")
        .user(2000)
        .group(2000)
        .supplementaryGids(100)
        .env("REPORT_BUCKET", "s3://reports/nightly")
        .env("TZ", "UTC")
        .preStart("/usr/bin/fetch-inputs", "--into", "/work/in")
        .postStop("/usr/bin/upload", "/work/out", "s3://reports/nightly")
        .resources(Resources.NONE.withMemory("512Mi").withCpu("500m").withOomScoreAdjust(300))
        .build();
    return Pod.builder(STAGE1).app(report).build();
  }

  /**
   * An API server that may only bind its port: a capability set of one, its own seccomp whitelist
   * on top of rkt's default, no new privileges, a read-only root file system with one writable
   * volume, and a scratch {@code /tmp} its image declares as a mount point, which gets an empty
   * volume of its own.
   */
  public static Pod lockedDown() {
    App api = App.builder("api")
        .image("example.com/api")
        .exec("/opt/api/bin/api", "--listen", ":443")
        .user(65534)
        .group(65534)
        .retainCapabilities("CAP_NET_BIND_SERVICE")
        .seccomp(Seccomp.retain("@rkt/default-whitelist", "@systemd/network-io").withErrno("EPERM"))
        .noNewPrivileges(true)
        .readOnlyRootFs(true)
        .mount("state", "/var/lib/api", false)
        .mountPoint("tmp", "/tmp", false)
        .port("https", Protocol.TCP, 443, false)
        .build();
    return Pod.builder(STAGE1)
        .volume(Volume.empty("state"))
        .app(api)
        .build();
  }
}
