package spark

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// makeHome creates a fake SPARK_HOME at dir holding the given files under
// jars/ (empty files), and returns dir.
func makeHome(t *testing.T, dir string, jars ...string) string {
	t.Helper()
	if err := os.MkdirAll(filepath.Join(dir, "jars"), 0o755); err != nil {
		t.Fatal(err)
	}
	for _, j := range jars {
		if err := os.WriteFile(filepath.Join(dir, "jars", j), nil, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func versionsOf(ins []Install) []string {
	var out []string
	for _, in := range ins {
		out = append(out, in.Version)
	}
	return out
}

func TestVersionLess(t *testing.T) {
	cases := []struct {
		a, b string
		want bool
	}{
		{"3.9.1", "3.10.0", true},
		{"3.10.0", "3.9.1", false},
		{"3.5.7", "3.5.7", false},
		{"3.5.6", "3.5.7", true},
		{"3.5", "3.5.0", true},
		{"3.5.0", "3.5", false},
		{"4.0.0", "3.99.99", false},
		{"2.4.8", "3.0.0", true},
	}
	for _, c := range cases {
		if got := versionLess(c.a, c.b); got != c.want {
			t.Errorf("versionLess(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

func TestMajorMinor(t *testing.T) {
	cases := []struct {
		v            string
		major, minor int
	}{
		{"3.5.7", 3, 5},
		{"4.0.1", 4, 0},
		{"4", 4, 0},
		{"3.10", 3, 10},
	}
	for _, c := range cases {
		if ma, mi := majorMinor(c.v); ma != c.major || mi != c.minor {
			t.Errorf("majorMinor(%q) = %d, %d; want %d, %d", c.v, ma, mi, c.major, c.minor)
		}
	}
}

func TestMatch(t *testing.T) {
	// Newest first, as Discover returns them.
	installs := []Install{
		{Version: "4.0.1", SparkHome: "/s/4.0.1"},
		{Version: "3.10.0", SparkHome: "/s/3.10.0"},
		{Version: "3.5.7", SparkHome: "/s/3.5.7"},
		{Version: "3.5.1", SparkHome: "/s/3.5.1"},
		{Version: "3.4.4", SparkHome: "/s/3.4.4"},
	}
	cases := []struct {
		spec, def, want string
	}{
		{"", "", "4.0.1"},           // newest
		{"", "3.5", "3.5.7"},        // default spec
		{"", "3.4.x", "3.4.4"},      // default spec with .x
		{"3.5", "4", "3.5.7"},       // spec wins over default
		{"3.5.x", "", "3.5.7"},      // .x suffix
		{"3.5.*", "", "3.5.7"},      // .* suffix
		{"3.5.1", "", "3.5.1"},      // exact, not the newest 3.5
		{"4", "", "4.0.1"},          // major only
		{"4.x", "", "4.0.1"},        // major.x
		{"3", "", "3.10.0"},         // newest 3.x (numeric order)
		{"3.1", "", ""},             // 3.1 is not a prefix match of 3.10.0
		{"3.10", "", "3.10.0"},      // two-digit minor
		{"3.5.7", "3.4", "3.5.7"},   // exact
		{"3.4.4", "", "3.4.4"},      // exact, oldest
		{"5", "", ""},               // not installed
		{"3.5.8", "", ""},           // exact, not installed
		{"3.5.7.1", "", ""},         // longer than installed
		{"", "3.6", ""},             // default spec not installed
		{"4.0", "", "4.0.1"},        // major.minor
		{"4.0.1", "", "4.0.1"},      // exact newest
		{"3.4", "", "3.4.4"},        // older minor
		{"3.4.x", "3.5", "3.4.4"},   // .x with a default
		{"3.5.1.x", "", "3.5.1"},    // exact.x is the exact version
		{"3.9", "", ""},             // 3.9 is not installed
		{"3.10.0", "", "3.10.0"},    // exact two-digit minor
		{"3.5.x", "4.x", "3.5.7"},   // spec over default
		{"4.0.x", "", "4.0.1"},      // major.minor.x
		{"3.5.1", "3.5.7", "3.5.1"}, // exact over default
	}
	for _, c := range cases {
		got, err := Match(installs, c.spec, c.def)
		if c.want == "" {
			if err == nil {
				t.Errorf("Match(%q, default %q) = %s, want an error", c.spec, c.def, got.Version)
			}
			continue
		}
		if err != nil {
			t.Errorf("Match(%q, default %q): %v", c.spec, c.def, err)
			continue
		}
		if got.Version != c.want {
			t.Errorf("Match(%q, default %q) = %s, want %s", c.spec, c.def, got.Version, c.want)
		}
	}
}

func TestMatchNotInstalledMessage(t *testing.T) {
	t.Setenv("SPARGO_CONFIG", "/etc/spargo-test/config.json")
	installs := []Install{{Version: "4.0.1"}, {Version: "3.5.7"}}
	for _, spec := range []string{"3.4", "3.4.x"} {
		_, err := Match(installs, spec, "")
		if err == nil {
			t.Fatalf("Match(%q): no error", spec)
		}
		msg := err.Error()
		for _, want := range []string{
			"requested Spark " + spec + " is not installed",
			"installed: 4.0.1, 3.5.7",
			"`install.sh --spark 3.4`",
			"/etc/spargo-test/config.json",
		} {
			if !strings.Contains(msg, want) {
				t.Errorf("Match(%q) error %q does not contain %q", spec, msg, want)
			}
		}
	}
}

func TestMatchNoneInstalled(t *testing.T) {
	t.Setenv("SPARGO_CONFIG", "/etc/spargo-test/config.json")
	for _, spec := range []string{"", "3.5", "4.0.1"} {
		_, err := Match(nil, spec, "")
		if err == nil {
			t.Fatalf("Match(nil, %q): no error", spec)
		}
		msg := err.Error()
		for _, want := range []string{"no Spark version is installed", "install.sh --spark", "/etc/spargo-test/config.json"} {
			if !strings.Contains(msg, want) {
				t.Errorf("Match(nil, %q) error %q does not contain %q", spec, msg, want)
			}
		}
	}
}

func TestHomeVersion(t *testing.T) {
	root := t.TempDir()
	cases := []struct {
		name string
		jars []string
		want string // "" means an error
	}{
		{"s35", []string{"commons-io-2.16.1.jar", "spark-core_2.12-3.5.7.jar", "spark-sql_2.12-3.5.7.jar"}, "3.5.7"},
		{"s40", []string{"spark-core_2.13-4.0.1.jar", "zstd-jni-1.5.6-9.jar"}, "4.0.1"},
		{"s24", []string{"spark-core_2.11-2.4.8.jar"}, "2.4.8"}, // Scala 2.11 matches too
		{"nocore", []string{"spark-sql_2.12-3.5.7.jar", "hadoop-client-api-3.3.4.jar"}, ""},
		{"empty", nil, ""},
		{"preview", []string{"spark-core_2.13-4.1.0-preview1.jar"}, "4.1.0-preview1"},
	}
	for _, c := range cases {
		home := makeHome(t, filepath.Join(root, c.name), c.jars...)
		got, err := HomeVersion(home)
		if c.want == "" {
			if err == nil {
				t.Errorf("%s: HomeVersion = %q, want an error", c.name, got)
			} else if !strings.Contains(err.Error(), "no spark-core jar") {
				t.Errorf("%s: error %q does not say that the spark-core jar is missing", c.name, err)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("%s: HomeVersion = %q, %v; want %q", c.name, got, err, c.want)
		}
	}
	// No jars/ directory at all.
	plain := filepath.Join(root, "plain")
	if err := os.MkdirAll(plain, 0o755); err != nil {
		t.Fatal(err)
	}
	if _, err := HomeVersion(plain); err == nil || !strings.Contains(err.Error(), "no jars/ directory") {
		t.Errorf("HomeVersion of a dir without jars/: %v, want a 'no jars/ directory' error", err)
	}
	if _, err := HomeVersion(filepath.Join(root, "missing")); err == nil {
		t.Error("HomeVersion of a missing dir: no error")
	}
}

func TestDiscover(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	makeHome(t, filepath.Join(a, "3.5.7"), "spark-core_2.12-3.5.7.jar")
	makeHome(t, filepath.Join(a, "4.0.1"), "spark-core_2.13-4.0.1.jar")
	makeHome(t, filepath.Join(a, "3.9.1"), "spark-core_2.12-3.9.1.jar")
	// Directory name does not matter; the jar says the version.
	makeHome(t, filepath.Join(b, "whatever"), "spark-core_2.12-3.10.0.jar")
	// Same version in a later dir: the first dir wins.
	makeHome(t, filepath.Join(b, "dup"), "spark-core_2.12-3.5.7.jar")
	// Not Spark homes: ignored.
	makeHome(t, filepath.Join(a, "notspark"), "foo-1.0.jar")
	if err := os.MkdirAll(filepath.Join(a, "nojars", "bin"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(a, "README"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}

	got := Discover(Config{}, []string{a, b, filepath.Join(a, "does-not-exist")})
	if want := []string{"4.0.1", "3.10.0", "3.9.1", "3.5.7"}; !reflect.DeepEqual(versionsOf(got), want) {
		t.Fatalf("Discover versions = %v, want %v", versionsOf(got), want)
	}
	for _, in := range got {
		if in.Source != "installed" || in.JavaHome != "" {
			t.Errorf("%s: Source %q JavaHome %q, want installed and no JavaHome", in.Version, in.Source, in.JavaHome)
		}
	}
	if got[3].SparkHome != filepath.Join(a, "3.5.7") {
		t.Errorf("3.5.7 home = %s, want the one in the first dir", got[3].SparkHome)
	}
	if got[1].SparkHome != filepath.Join(b, "whatever") {
		t.Errorf("3.10.0 home = %s", got[1].SparkHome)
	}

	// Config entries: one overrides an installed version, one adds a
	// version, one points nowhere and stays listed under its key.
	cfgHome := makeHome(t, filepath.Join(t.TempDir(), "custom"), "spark-core_2.12-3.5.7.jar")
	extra := makeHome(t, filepath.Join(t.TempDir(), "spark-3.3"), "spark-core_2.12-3.3.4.jar")
	cfg := Config{Versions: map[string]Home{
		"3.5":    {SparkHome: cfgHome, JavaHome: "/opt/jdk17"},
		"3.3":    {SparkHome: extra},
		"2.4.8x": {SparkHome: filepath.Join(t.TempDir(), "gone"), JavaHome: "/opt/jdk8"},
	}}
	got = Discover(cfg, []string{a})
	if want := []string{"4.0.1", "3.9.1", "3.5.7", "3.3.4", "2.4.8x"}; !reflect.DeepEqual(versionsOf(got), want) {
		t.Fatalf("Discover with config = %v, want %v", versionsOf(got), want)
	}
	byV := map[string]Install{}
	for _, in := range got {
		byV[in.Version] = in
	}
	if in := byV["3.5.7"]; in.SparkHome != cfgHome || in.JavaHome != "/opt/jdk17" || in.Source != "config" {
		t.Errorf("3.5.7 from config = %+v, want home %s, JavaHome /opt/jdk17, Source config", in, cfgHome)
	}
	if in := byV["3.3.4"]; in.SparkHome != extra || in.Source != "config" || in.JavaHome != "" {
		t.Errorf("3.3.4 from config = %+v", in)
	}
	if in := byV["2.4.8x"]; in.Source != "config" || in.JavaHome != "/opt/jdk8" {
		t.Errorf("broken config entry = %+v, want it listed under its key", in)
	}
	if in := byV["4.0.1"]; in.Source != "installed" {
		t.Errorf("4.0.1 = %+v, want installed", in)
	}
}

func TestDiscoverEmpty(t *testing.T) {
	if got := Discover(Config{}, []string{t.TempDir()}); len(got) != 0 {
		t.Errorf("Discover of an empty dir = %v", got)
	}
	if got := Discover(Config{}, nil); len(got) != 0 {
		t.Errorf("Discover of no dirs = %v", got)
	}
}

func TestDiscoverThenMatch(t *testing.T) {
	dir := t.TempDir()
	for _, v := range []string{"3.9.1", "3.10.0", "3.5.7"} {
		makeHome(t, filepath.Join(dir, v), "spark-core_2.12-"+v+".jar")
	}
	ins := Discover(Config{}, []string{dir})
	in, err := Match(ins, "3", "")
	if err != nil || in.Version != "3.10.0" {
		t.Fatalf("Match(3) = %v, %v; want 3.10.0", in.Version, err)
	}
	in, err = Match(ins, "", "3.9")
	if err != nil || in.Version != "3.9.1" || in.SparkHome != filepath.Join(dir, "3.9.1") {
		t.Fatalf("Match(default 3.9) = %+v, %v", in, err)
	}
}

func TestSearchDirs(t *testing.T) {
	data := t.TempDir()
	t.Setenv("SPARGO_DATA", data)
	dirs := SearchDirs()
	if len(dirs) == 0 || dirs[0] != filepath.Join(data, "spark") {
		t.Fatalf("SearchDirs = %v, want %s first", dirs, filepath.Join(data, "spark"))
	}
	exe, err := os.Executable()
	if err != nil {
		t.Skip("no executable path")
	}
	next := filepath.Join(filepath.Dir(filepath.Dir(exe)), "spark")
	if len(dirs) != 2 || dirs[1] != next {
		t.Errorf("SearchDirs = %v, want the spark dir next to the binary's dir (%s) second", dirs, next)
	}
}
