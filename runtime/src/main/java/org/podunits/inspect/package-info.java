/**
 * Inspectors that read facts from an existing pod root or host and feed them to the pure model of
 * {@code org.podunits.pod}: the stage1's flavor and systemd version ({@link
 * org.podunits.inspect.Stage1Detector}), an app's executable ({@link
 * org.podunits.inspect.BinaryLookup}, rkt's FindBinPath), its user and group ids ({@link
 * org.podunits.inspect.AppUsers}), paths inside its rootfs with symlinks resolved there ({@link
 * org.podunits.inspect.RootfsPaths}) and device-node host volumes ({@link
 * org.podunits.inspect.DeviceNodes}). Failures are {@link
 * org.podunits.inspect.PodInspectionException}s naming the file or command. This package depends
 * on {@code org.podunits.pod}; nothing in the model depends on it.
 */
package org.podunits.inspect;
