package spark

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"context"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

type tarEntry struct {
	name     string
	mode     int64
	body     string
	typeflag byte // 0: regular file
	linkname string
}

// writeTarGz writes entries as a gzipped tar at path.
func writeTarGz(t *testing.T, path string, entries []tarEntry) {
	t.Helper()
	var buf bytes.Buffer
	gz := gzip.NewWriter(&buf)
	tw := tar.NewWriter(gz)
	for _, e := range entries {
		h := &tar.Header{Name: e.name, Mode: e.mode, Typeflag: e.typeflag, Linkname: e.linkname}
		if h.Typeflag == 0 {
			h.Typeflag = tar.TypeReg
		}
		if h.Typeflag == tar.TypeReg {
			h.Size = int64(len(e.body))
		}
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
		if h.Typeflag == tar.TypeReg {
			if _, err := tw.Write([]byte(e.body)); err != nil {
				t.Fatal(err)
			}
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := gz.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

// pysparkEntries is a small pyspark sdist of version v with Scala 2.13.
func pysparkEntries(v string) []tarEntry {
	p := "pyspark-" + v + "/"
	return []tarEntry{
		{name: p, mode: 0o755, typeflag: tar.TypeDir},
		{name: p + "setup.py", mode: 0o644, body: "setup()"},
		{name: p + "PKG-INFO", mode: 0o644, body: "Name: pyspark"},
		{name: p + "pyspark/__init__.py", mode: 0o644, body: ""},
		{name: p + "deps/", mode: 0o755, typeflag: tar.TypeDir},
		{name: p + "deps/bin/", mode: 0o755, typeflag: tar.TypeDir},
		{name: p + "deps/bin/spark-submit", mode: 0o755, body: "#!/bin/sh\necho submit\n"},
		{name: p + "deps/bin/spark-class", mode: 0o755, body: "#!/bin/sh\n"},
		{name: p + "deps/bin/link", mode: 0o777, typeflag: tar.TypeSymlink, linkname: "/etc/passwd"},
		{name: p + "deps/jars/spark-core_2.13-" + v + ".jar", mode: 0o644, body: "core"},
		{name: p + "deps/jars/spark-sql_2.13-" + v + ".jar", mode: 0o600, body: "sql"},
		{name: p + "deps/jars/connect-repl/repl.jar", mode: 0o644, body: "repl"},
		{name: p + "deps/sbin/start-connect-server.sh", mode: 0o755, body: "#!/bin/sh\n"},
		{name: p + "deps/licenses/LICENSE-zstd.txt", mode: 0o644, body: "license"},
		{name: p + "deps/examples/x", mode: 0o644, body: "example"},
		{name: p + "deps/data/graphx/users.txt", mode: 0o644, body: "data"},
		{name: p + "deps/jars/../../../../evil", mode: 0o644, body: "evil"},
		{name: p + "deps/README", mode: 0o644, body: "readme"},
	}
}

// filesUnder lists the regular files and symlinks under dir, relative.
func filesUnder(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestExtractSpark(t *testing.T) {
	root := t.TempDir()
	archive := filepath.Join(root, "dl", "pyspark-9.9.1.tar.gz")
	if err := os.MkdirAll(filepath.Dir(archive), 0o755); err != nil {
		t.Fatal(err)
	}
	writeTarGz(t, archive, pysparkEntries("9.9.1"))
	home := filepath.Join(root, "spark", "9.9.1")
	if err := extractSpark(archive, home); err != nil {
		t.Fatalf("extractSpark: %v", err)
	}
	want := map[string]string{
		"bin/spark-submit":               "#!/bin/sh\necho submit\n",
		"bin/spark-class":                "#!/bin/sh\n",
		"jars/spark-core_2.13-9.9.1.jar": "core",
		"jars/spark-sql_2.13-9.9.1.jar":  "sql",
		"jars/connect-repl/repl.jar":     "repl",
		"sbin/start-connect-server.sh":   "#!/bin/sh\n",
		"licenses/LICENSE-zstd.txt":      "license",
	}
	got := filesUnder(t, home)
	if len(got) != len(want) {
		t.Errorf("extracted files = %q, want exactly %d files", got, len(want))
	}
	for rel, body := range want {
		b, err := os.ReadFile(filepath.Join(home, rel))
		if err != nil {
			t.Errorf("%s: %v", rel, err)
			continue
		}
		if string(b) != body {
			t.Errorf("%s = %q, want %q", rel, b, body)
		}
	}
	for _, rel := range []string{"bin/spark-submit", "bin/spark-class", "sbin/start-connect-server.sh"} {
		if fi, err := os.Stat(filepath.Join(home, rel)); err != nil || fi.Mode().Perm()&0o111 == 0 {
			t.Errorf("%s is not executable: %v", rel, fi.Mode())
		}
	}
	for _, rel := range []string{"jars/spark-core_2.13-9.9.1.jar", "licenses/LICENSE-zstd.txt"} {
		if fi, err := os.Stat(filepath.Join(home, rel)); err != nil || fi.Mode().Perm()&0o111 != 0 {
			t.Errorf("%s has an exec bit: %v", rel, fi.Mode())
		}
	}
	// 0600 in the archive is made readable by all.
	if fi, err := os.Stat(filepath.Join(home, "jars/spark-sql_2.13-9.9.1.jar")); err != nil || fi.Mode().Perm()&0o044 != 0o044 {
		t.Errorf("spark-sql jar mode %v, want readable by group and others", fi.Mode())
	}
	for _, rel := range []string{"examples", "data", "setup.py", "README", "bin/link"} {
		if _, err := os.Lstat(filepath.Join(home, rel)); err == nil {
			t.Errorf("%s was extracted; it must be skipped", rel)
		}
	}
	// Nothing escaped the home (the ../ entry).
	for _, f := range filesUnder(t, root) {
		if strings.Contains(f, "evil") {
			t.Errorf("path traversal: %s written", f)
		}
	}
	if v, err := HomeVersion(home); err != nil || v != "9.9.1" {
		t.Errorf("HomeVersion of the extracted home = %q, %v", v, err)
	}
}

func TestExtractSparkNoJars(t *testing.T) {
	root := t.TempDir()
	archive := filepath.Join(root, "pyspark-9.9.1.tar.gz")
	writeTarGz(t, archive, []tarEntry{
		{name: "pyspark-9.9.1/setup.py", mode: 0o644, body: "setup()"},
		{name: "pyspark-9.9.1/deps/bin/spark-submit", mode: 0o755, body: "#!/bin/sh\n"},
		{name: "pyspark-9.9.1/deps/examples/x", mode: 0o644, body: "x"},
	})
	err := extractSpark(archive, filepath.Join(root, "home"))
	if err == nil {
		t.Fatal("extractSpark of an archive without jars: no error")
	}
	for _, want := range []string{archive, "holds no Spark distribution", "1 files taken"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not contain %q", err, want)
		}
	}
}

func TestExtractSparkBadArchive(t *testing.T) {
	root := t.TempDir()
	notGz := filepath.Join(root, "pyspark-9.9.1.tar.gz")
	if err := os.WriteFile(notGz, []byte("not a gzip file"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := extractSpark(notGz, filepath.Join(root, "home")); err == nil || !strings.Contains(err.Error(), "read "+notGz) {
		t.Errorf("extractSpark of a non-gzip file: %v", err)
	}
	if err := extractSpark(filepath.Join(root, "missing.tar.gz"), filepath.Join(root, "home")); err == nil {
		t.Error("extractSpark of a missing file: no error")
	}
	// A truncated archive.
	good := filepath.Join(root, "good.tar.gz")
	writeTarGz(t, good, pysparkEntries("9.9.1"))
	b, err := os.ReadFile(good)
	if err != nil {
		t.Fatal(err)
	}
	cut := filepath.Join(root, "cut.tar.gz")
	if err := os.WriteFile(cut, b[:len(b)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	if err := extractSpark(cut, filepath.Join(root, "home2")); err == nil {
		t.Error("extractSpark of a truncated archive: no error")
	}
}

func TestNewestDownload(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{
		"pyspark-3.4.4.tar.gz",
		"pyspark-3.5.1.tar.gz",
		"pyspark-3.5.10.tar.gz",
		"pyspark-3.5.7.tar.gz",
		"pyspark-4.0.1.tar.gz",
		"pyspark-4.0.0.tar.gz",
		"pyspark-3.5.99-py3-none-any.whl", // not an sdist
		"pyspark-3.5.98.tar.gz.part",      // incomplete
		"py4j-0.10.9.9.tar.gz",
		"pyspark-3.5.tar.gz", // not a full version
	} {
		if err := os.WriteFile(filepath.Join(dir, name), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	cases := []struct {
		spec, want string // want "": error
	}{
		{"3.5", "3.5.10"},
		{"3.5.x", "3.5.10"},
		{"3.5.*", "3.5.10"},
		{"3.5.7", "3.5.7"},
		{"3.5.1", "3.5.1"}, // not 3.5.10
		{"3", "3.5.10"},
		{"4", "4.0.1"},
		{"4.x", "4.0.1"},
		{"4.0.0", "4.0.0"},
		{"3.4", "3.4.4"},
		{"3.6", ""},
		{"5.x", ""},
		{"3.5.99", ""},
	}
	for _, c := range cases {
		path, v, err := newestDownload(dir, c.spec)
		if c.want == "" {
			if err == nil {
				t.Errorf("newestDownload(%q) = %s, want an error", c.spec, v)
			} else if !strings.Contains(err.Error(), "no pyspark-") || !strings.Contains(err.Error(), dir) {
				t.Errorf("newestDownload(%q) error %q", c.spec, err)
			}
			continue
		}
		if err != nil || v != c.want || path != filepath.Join(dir, "pyspark-"+c.want+".tar.gz") {
			t.Errorf("newestDownload(%q) = %s, %s, %v; want %s", c.spec, path, v, err, c.want)
		}
	}
	if _, _, err := newestDownload(filepath.Join(dir, "missing"), "3.5"); err == nil {
		t.Error("newestDownload of a missing dir: no error")
	}
}

// fakePython writes a python whose `-m pip download ... -d DIR PIN`
// records its arguments in argsFile and copies archives into DIR (or
// fails with exit 1 when archives is empty).
func fakePython(t *testing.T, argsFile string, archives ...string) string {
	t.Helper()
	script := "#!/bin/sh\necho \"$@\" >> '" + argsFile + "'\n"
	if len(archives) == 0 {
		script += "echo 'ERROR: No matching distribution found' >&2\nexit 1\n"
	} else {
		script += "dir=\nwhile [ $# -gt 0 ]; do if [ \"$1\" = -d ]; then dir=$2; fi; shift; done\n"
		for _, a := range archives {
			script += "cp '" + a + "' \"$dir/\"\n"
		}
	}
	p := filepath.Join(t.TempDir(), "python3")
	if err := os.WriteFile(p, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestInstallVersion(t *testing.T) {
	src := t.TempDir()
	archive := filepath.Join(src, "pyspark-9.9.1.tar.gz")
	writeTarGz(t, archive, pysparkEntries("9.9.1"))
	older := filepath.Join(src, "pyspark-9.9.0.tar.gz")
	writeTarGz(t, older, pysparkEntries("9.9.0"))
	argsFile := filepath.Join(t.TempDir(), "args")
	dest, cache := t.TempDir(), t.TempDir()
	// The Connect jar is in the cache, so no download happens.
	if err := os.WriteFile(filepath.Join(cache, "spark-connect_2.13-9.9.1.jar"), []byte("connect"), 0o644); err != nil {
		t.Fatal(err)
	}
	var log bytes.Buffer
	o := InstallOptions{Python: fakePython(t, argsFile, older, archive), Dest: dest, Cache: cache, Maven: "http://127.0.0.1:1/unused", Log: &log}

	in, err := InstallVersion(context.Background(), "9.9", o)
	if err != nil {
		t.Fatalf("InstallVersion: %v\nlog:\n%s", err, log.String())
	}
	home := filepath.Join(dest, "9.9.1")
	if in.Version != "9.9.1" || in.SparkHome != home || in.Source != "installed" {
		t.Errorf("InstallVersion = %+v", in)
	}
	args, _ := os.ReadFile(argsFile)
	for _, want := range []string{"-m pip download", "--no-deps", "-d " + filepath.Join(cache, "pyspark"), "pyspark==9.9.*"} {
		if !strings.Contains(string(args), want) {
			t.Errorf("pip arguments %q do not contain %q", args, want)
		}
	}
	if b, err := os.ReadFile(filepath.Join(home, "jars", "spark-connect_2.13-9.9.1.jar")); err != nil || string(b) != "connect" {
		t.Errorf("Connect jar not copied from the cache: %q, %v", b, err)
	}
	if fi, err := os.Stat(filepath.Join(home, "bin", "spark-submit")); err != nil || fi.Mode().Perm()&0o111 == 0 {
		t.Errorf("bin/spark-submit missing or not executable: %v", err)
	}
	if _, err := os.Stat(home + ".partial"); err == nil {
		t.Error("the .partial directory is left behind")
	}
	if v, err := HomeVersion(home); err != nil || v != "9.9.1" {
		t.Errorf("HomeVersion = %q, %v", v, err)
	}
	if !strings.Contains(log.String(), "installed Spark 9.9.1 in "+home) {
		t.Errorf("log does not report the install:\n%s", log.String())
	}
	if got := Discover(Config{}, []string{dest}); len(got) != 1 || got[0].Version != "9.9.1" {
		t.Errorf("Discover after install = %+v", got)
	}

	// Installing the exact version again does not run pip.
	os.Remove(argsFile)
	log.Reset()
	in, err = InstallVersion(context.Background(), "9.9.1", o)
	if err != nil || in.Version != "9.9.1" || in.SparkHome != home {
		t.Errorf("second InstallVersion = %+v, %v", in, err)
	}
	if _, err := os.Stat(argsFile); err == nil {
		t.Error("pip ran for an installed exact version")
	}
	if !strings.Contains(log.String(), "already installed") {
		t.Errorf("log = %q, want 'already installed'", log.String())
	}

	// A spec resolving to an installed version after the download.
	log.Reset()
	in, err = InstallVersion(context.Background(), "9.x", o)
	if err != nil || in.Version != "9.9.1" {
		t.Errorf("InstallVersion(9.x) = %+v, %v", in, err)
	}
	if args, _ := os.ReadFile(argsFile); !strings.Contains(string(args), "pyspark==9.*") {
		t.Errorf("pip arguments for 9.x = %q, want pyspark==9.*", args)
	}
	if !strings.Contains(log.String(), "already installed") {
		t.Errorf("log = %q, want 'already installed'", log.String())
	}
}

func TestInstallVersionPipFails(t *testing.T) {
	argsFile := filepath.Join(t.TempDir(), "args")
	dest := t.TempDir()
	var log bytes.Buffer
	o := InstallOptions{Python: fakePython(t, argsFile), Dest: dest, Cache: t.TempDir(), Log: &log}
	_, err := InstallVersion(context.Background(), "9.9.1", o)
	if err == nil || !strings.Contains(err.Error(), "pip download pyspark==9.9.1") {
		t.Errorf("InstallVersion with a failing pip: %v", err)
	}
	if !strings.Contains(log.String(), "No matching distribution") {
		t.Errorf("pip's output is not in the log: %q", log.String())
	}
	if entries, _ := os.ReadDir(dest); len(entries) != 0 {
		t.Errorf("dest not empty after a failed install: %v", entries)
	}
}

func TestInstallVersionMaven(t *testing.T) {
	src := t.TempDir()
	archive := filepath.Join(src, "pyspark-9.9.1.tar.gz")
	writeTarGz(t, archive, pysparkEntries("9.9.1"))
	var requested []string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requested = append(requested, r.URL.Path)
		if r.URL.Path == "/maven2/org/apache/spark/spark-connect_2.13/9.9.1/spark-connect_2.13-9.9.1.jar" {
			w.Write([]byte("from maven"))
			return
		}
		http.NotFound(w, r)
	}))
	defer srv.Close()

	dest, cache := t.TempDir(), t.TempDir()
	var log bytes.Buffer
	o := InstallOptions{Python: fakePython(t, filepath.Join(t.TempDir(), "args"), archive), Dest: dest, Cache: cache, Maven: srv.URL + "/maven2/", Log: &log}
	in, err := InstallVersion(context.Background(), "9.9.1", o)
	if err != nil {
		t.Fatalf("InstallVersion: %v\n%s", err, log.String())
	}
	if b, err := os.ReadFile(filepath.Join(in.SparkHome, "jars", "spark-connect_2.13-9.9.1.jar")); err != nil || string(b) != "from maven" {
		t.Errorf("Connect jar = %q, %v", b, err)
	}
	if b, err := os.ReadFile(filepath.Join(cache, "spark-connect_2.13-9.9.1.jar")); err != nil || string(b) != "from maven" {
		t.Errorf("Connect jar not cached: %q, %v", b, err)
	}
	if len(requested) != 1 {
		t.Errorf("Maven requests = %q, want one", requested)
	}

	// A version the repository lacks: a clear error, nothing installed.
	archive2 := filepath.Join(src, "pyspark-9.9.2.tar.gz")
	writeTarGz(t, archive2, pysparkEntries("9.9.2"))
	o.Python = fakePython(t, filepath.Join(t.TempDir(), "args"), archive2)
	_, err = InstallVersion(context.Background(), "9.9.2", o)
	if err == nil {
		t.Fatal("InstallVersion with a 404 from Maven: no error")
	}
	for _, want := range []string{"404", "spark-connect_2.13-9.9.2.jar", "SPARGO_MAVEN_REPO"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not contain %q", err, want)
		}
	}
	for _, p := range []string{filepath.Join(dest, "9.9.2"), filepath.Join(dest, "9.9.2.partial")} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("%s exists after a failed install", p)
		}
	}
}
