#!/usr/bin/env bash
# Builds a minimal Java 17 runtime image, as a `docker save` tarball, from the JDK on this machine:
# a jlink'ed runtime with the modules the mock server needs, the shared libraries it links against,
# and a non-root user. The image build (`-Pimage`) starts from it with `tar://` where no container
# registry can be reached; elsewhere the default base, a Temurin 17 JRE image, needs no script.
#
#   deploy/image/build-base-image.sh [OUTPUT.tar]      # default: target/base-image/appintel-jre-base.tar
#
# Needs a JDK 17 with jmods (Debian: openjdk-17-jdk-headless), tar and sha256sum; no daemon, no
# network. The same JDK and libraries give the same tarball, byte for byte (which is why the runtime
# has no class-data sharing archive: JDK 17 writes a different one each time).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root_dir="$(cd "$here/../.." && pwd)"
output="${1:-$root_dir/target/base-image/appintel-jre-base.tar}"
output="$(mkdir -p "$(dirname "$output")" && cd "$(dirname "$output")" && pwd)/$(basename "$output")"

java_home="${JAVA_HOME:-$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")}"
jlink="$java_home/bin/jlink"
if [[ ! -x "$jlink" || ! -d "$java_home/jmods" ]]; then
    echo "build-base-image: $java_home has no jlink or no jmods; set JAVA_HOME to a full JDK 17" >&2
    exit 1
fi
version="$("$java_home/bin/java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p')"
if [[ "$version" != "17" ]]; then
    echo "build-base-image: $java_home is Java $version; the image's runtime must be Java 17" >&2
    exit 1
fi

# What the mock server needs (jdeps --print-module-deps on its runnable jar), plus java.logging,
# which Undertow's logging falls back to.
modules=java.base,java.desktop,java.logging,java.management,java.naming,java.security.jgss,java.security.sasl,java.sql,jdk.unsupported
uid=10001

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rootfs="$work/rootfs"
mkdir -p "$rootfs/opt" "$rootfs/etc" "$rootfs/tmp" "$rootfs/home/appintel"

"$jlink" --add-modules "$modules" --output "$rootfs/opt/java" --strip-debug --no-man-pages \
    --no-header-files --compress=2

# java.desktop is there for java.beans, which Jackson uses; its native libraries (AWT, fonts, sound)
# would only bring X11 and font libraries into the image.
rm -f "$rootfs"/opt/java/lib/{libawt,libawt_headless,libawt_xawt,libfontmanager,libjavajpeg,libjawt,libjsound,liblcms,libmlib_image,libsplashscreen}.so

# The libraries the runtime links against, at the paths the host's loader knows them by.
find "$rootfs/opt/java" -type f \( -name '*.so' -o -path '*/bin/*' \) -print0 \
    | xargs -0 ldd 2>/dev/null \
    | awk '/=> \// { print $3 } /^\t\/[^ ]+ \(/ { print $1 }' | grep -v "^$rootfs/" | sort -u \
    | while read -r library; do
        mkdir -p "$rootfs$(dirname "$library")"
        cp -L "$library" "$rootfs$library"
    done

cat > "$rootfs/etc/passwd" <<EOF
root:x:0:0:root:/root:/sbin/nologin
appintel:x:$uid:$uid:appintel:/home/appintel:/sbin/nologin
EOF
cat > "$rootfs/etc/group" <<EOF
root:x:0:
appintel:x:$uid:
EOF
printf 'passwd: files\ngroup: files\nhosts: files dns\n' > "$rootfs/etc/nsswitch.conf"
chmod 1777 "$rootfs/tmp"
chmod 0755 "$rootfs/home/appintel"

image="$work/image"
mkdir -p "$image"
# Fixed order, times and owners, so that the layer's digest depends on its content only.
tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner --format=gnu \
    -C "$rootfs" -cf "$image/layer.tar" .
diff_id="sha256:$(sha256sum "$image/layer.tar" | cut -d' ' -f1)"

cat > "$image/config.json" <<EOF
{"architecture":"amd64","os":"linux","created":"1970-01-01T00:00:00Z","config":{"Env":["PATH=/opt/java/bin:/usr/bin:/bin","JAVA_HOME=/opt/java"],"WorkingDir":"/"},"rootfs":{"type":"layers","diff_ids":["$diff_id"]},"history":[{"created":"1970-01-01T00:00:00Z","created_by":"deploy/image/build-base-image.sh: jlink $modules"}]}
EOF
cat > "$image/manifest.json" <<EOF
[{"Config":"config.json","RepoTags":["localhost/appintel/jre-base:17"],"Layers":["layer.tar"]}]
EOF
tar --sort=name --mtime=@0 --owner=0 --group=0 --numeric-owner --format=gnu \
    -C "$image" -cf "$output" manifest.json config.json layer.tar
echo "build-base-image: $output ($(du -h "$output" | cut -f1), layer $diff_id)"
