package spark

import (
	"archive/tar"
	"compress/gzip"
	"context"
	"fmt"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
)

// InstallOptions say where Spark versions come from and go.
type InstallOptions struct {
	Python string    // runs `-m pip download` (pip's index and proxies apply)
	Dest   string    // parent of the version directories
	Cache  string    // downloads kept here across installs
	Maven  string    // Maven repository for the 3.4/3.5 Connect jar
	Log    io.Writer // progress
}

// InstallVersion installs the Spark version spec ("3.5.7", or "3.5" for
// the newest 3.5.x on the index) from the pyspark package on PyPI, which
// carries a full Spark distribution, into Dest/<version>. For 3.4/3.5 it
// adds the Spark Connect server jar from Maven. It returns the install.
func InstallVersion(ctx context.Context, spec string, o InstallOptions) (Install, error) {
	pin := "pyspark==" + spec
	if home := filepath.Join(o.Dest, spec); strings.Count(spec, ".") == 2 {
		if v, err := HomeVersion(home); err == nil && v == spec {
			fmt.Fprintf(o.Log, "Spark %s is already installed in %s\n", spec, home)
			return Install{Version: spec, SparkHome: home, Source: "installed"}, nil
		}
	} else {
		pin = "pyspark==" + strings.TrimSuffix(strings.TrimSuffix(spec, ".x"), ".*") + ".*"
	}
	dl := filepath.Join(o.Cache, "pyspark")
	if err := os.MkdirAll(dl, 0o755); err != nil {
		return Install{}, fmt.Errorf("install Spark %s: %w", spec, err)
	}
	fmt.Fprintf(o.Log, "downloading %s (a Spark distribution, ~300-450 MB) ...\n", pin)
	cmd := exec.CommandContext(ctx, o.Python, "-m", "pip", "download", "--quiet", "--no-deps", "--disable-pip-version-check", "-d", dl, pin)
	cmd.Stdout, cmd.Stderr = o.Log, o.Log
	if err := cmd.Run(); err != nil {
		return Install{}, fmt.Errorf("install Spark %s: pip download %s: %w", spec, pin, err)
	}
	archive, version, err := newestDownload(dl, spec)
	if err != nil {
		return Install{}, fmt.Errorf("install Spark %s: %w", spec, err)
	}
	home := filepath.Join(o.Dest, version)
	if _, err := HomeVersion(home); err == nil {
		fmt.Fprintf(o.Log, "Spark %s is already installed in %s\n", version, home)
		return Install{Version: version, SparkHome: home, Source: "installed"}, nil
	}
	fmt.Fprintf(o.Log, "unpacking %s into %s\n", filepath.Base(archive), home)
	tmp := home + ".partial"
	os.RemoveAll(tmp)
	if err := extractSpark(archive, tmp); err != nil {
		os.RemoveAll(tmp)
		return Install{}, fmt.Errorf("install Spark %s: %w", version, err)
	}
	in := Install{Version: version, SparkHome: tmp}
	if pkg := connectPackage(in); pkg != "" {
		if err := fetchConnectJar(ctx, o, version, tmp); err != nil {
			os.RemoveAll(tmp)
			return Install{}, fmt.Errorf("install Spark %s: %w", version, err)
		}
	}
	os.RemoveAll(home)
	if err := os.Rename(tmp, home); err != nil {
		return Install{}, fmt.Errorf("install Spark %s: %w", version, err)
	}
	fmt.Fprintf(o.Log, "installed Spark %s in %s\n", version, home)
	return Install{Version: version, SparkHome: home, Source: "installed"}, nil
}

var sdistName = regexp.MustCompile(`^pyspark-(\d+\.\d+\.\d+)\.tar\.gz$`)

// newestDownload finds the newest pyspark sdist in dir matching spec.
func newestDownload(dir, spec string) (path, version string, err error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return "", "", err
	}
	want := strings.TrimSuffix(strings.TrimSuffix(spec, ".x"), ".*")
	for _, e := range entries {
		m := sdistName.FindStringSubmatch(e.Name())
		if m == nil || !(m[1] == want || strings.HasPrefix(m[1], want+".")) {
			continue
		}
		if version == "" || versionLess(version, m[1]) {
			path, version = filepath.Join(dir, e.Name()), m[1]
		}
	}
	if version == "" {
		return "", "", fmt.Errorf("no pyspark-%s*.tar.gz in %s after pip download", want, dir)
	}
	return path, version, nil
}

// extractSpark unpacks the distribution part of a pyspark sdist
// (deps/bin, deps/jars, deps/sbin, deps/licenses) into home.
func extractSpark(archive, home string) error {
	f, err := os.Open(archive)
	if err != nil {
		return err
	}
	defer f.Close()
	gz, err := gzip.NewReader(f)
	if err != nil {
		return fmt.Errorf("read %s: %w", archive, err)
	}
	tr := tar.NewReader(gz)
	n := 0
	for {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return fmt.Errorf("read %s: %w", archive, err)
		}
		parts := strings.SplitN(h.Name, "/", 4) // pyspark-X/deps/<dir>/<file>
		if len(parts) < 4 || parts[1] != "deps" || h.Typeflag != tar.TypeReg || strings.Contains(parts[3], "..") {
			continue
		}
		switch parts[2] {
		case "bin", "jars", "sbin", "licenses":
		default:
			continue
		}
		dst := filepath.Join(home, parts[2], parts[3])
		if err := writeFile(dst, tr, os.FileMode(h.Mode)&0o755|0o644); err != nil {
			return err
		}
		n++
	}
	if _, err := HomeVersion(home); err != nil {
		return fmt.Errorf("%s holds no Spark distribution (%d files taken): %w", archive, n, err)
	}
	return nil
}

func writeFile(dst string, r io.Reader, mode os.FileMode) error {
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		return err
	}
	out, err := os.OpenFile(dst, os.O_CREATE|os.O_WRONLY|os.O_TRUNC, mode)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, r); err != nil {
		out.Close()
		return fmt.Errorf("write %s: %w", dst, err)
	}
	return out.Close()
}

// fetchConnectJar puts spark-connect_<scala>-<v>.jar (cached) into
// home/jars, for the Scala version of the home's spark-core jar.
func fetchConnectJar(ctx context.Context, o InstallOptions, version, home string) error {
	scala := scalaVersion(home)
	name := fmt.Sprintf("spark-connect_%s-%s.jar", scala, version)
	cached := filepath.Join(o.Cache, name)
	if _, err := os.Stat(cached); err != nil {
		url := fmt.Sprintf("%s/org/apache/spark/spark-connect_%s/%s/%s", strings.TrimSuffix(o.Maven, "/"), scala, version, name)
		fmt.Fprintf(o.Log, "downloading the Spark Connect server %s\n", url)
		req, err := http.NewRequestWithContext(ctx, "GET", url, nil)
		if err != nil {
			return err
		}
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			return fmt.Errorf("download %s: %w", url, err)
		}
		defer resp.Body.Close()
		if resp.StatusCode != http.StatusOK {
			return fmt.Errorf("download %s: %s (Spark %s needs this jar for Spark Connect; pick a version your Maven repository has, or set SPARGO_MAVEN_REPO)", url, resp.Status, version)
		}
		if err := writeFile(cached+".tmp", resp.Body, 0o644); err != nil {
			return err
		}
		if err := os.Rename(cached+".tmp", cached); err != nil {
			return err
		}
	}
	in, err := os.Open(cached)
	if err != nil {
		return err
	}
	defer in.Close()
	return writeFile(filepath.Join(home, "jars", name), in, 0o644)
}
