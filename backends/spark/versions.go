package spark

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
)

// Install is one Spark version the session can start.
type Install struct {
	Version   string // exact, e.g. "3.5.7"
	SparkHome string
	JavaHome  string // "" means: JAVA_HOME, then java on PATH
	Source    string // "installed" (by spargo) or "config"
}

// SearchDirs are the directories holding spargo-installed versions, one
// subdirectory per version: $SPARGO_DATA/spark (or the default data dir)
// and the spark directory next to the running binary's bin/.
func SearchDirs() []string {
	dirs := []string{filepath.Join(DataDir(), "spark")}
	if exe, err := os.Executable(); err == nil {
		d := filepath.Join(filepath.Dir(filepath.Dir(exe)), "spark")
		if d != dirs[0] {
			dirs = append(dirs, d)
		}
	}
	return dirs
}

// Discover lists the versions in dirs and in cfg, newest first. A version
// registered in cfg wins over an installed one of the same number.
func Discover(cfg Config, dirs []string) []Install {
	byVersion := map[string]Install{}
	for _, dir := range dirs {
		entries, _ := os.ReadDir(dir)
		for _, e := range entries {
			home := filepath.Join(dir, e.Name())
			if v, err := HomeVersion(home); err == nil {
				if _, seen := byVersion[v]; !seen {
					byVersion[v] = Install{Version: v, SparkHome: home, Source: "installed"}
				}
			}
		}
	}
	for key, h := range cfg.Versions {
		v, err := HomeVersion(h.SparkHome)
		if err != nil {
			v = key // keep it listed; starting it reports the problem
		}
		byVersion[v] = Install{Version: v, SparkHome: h.SparkHome, JavaHome: h.JavaHome, Source: "config"}
	}
	out := make([]Install, 0, len(byVersion))
	for _, in := range byVersion {
		out = append(out, in)
	}
	sort.Slice(out, func(i, j int) bool { return versionLess(out[j].Version, out[i].Version) })
	return out
}

var coreJar = regexp.MustCompile(`^spark-core_2\.1[0-9]-(\d+\.\d+\.\d+[^/]*)\.jar$`)

// HomeVersion reads the Spark version of a SPARK_HOME from its spark-core
// jar, which every distribution (and the pyspark package) has.
func HomeVersion(home string) (string, error) {
	entries, err := os.ReadDir(filepath.Join(home, "jars"))
	if err != nil {
		return "", fmt.Errorf("%s is not a Spark home (no jars/ directory): %w", home, err)
	}
	for _, e := range entries {
		if m := coreJar.FindStringSubmatch(e.Name()); m != nil {
			return m[1], nil
		}
	}
	return "", fmt.Errorf("%s is not a Spark home: no spark-core jar in jars/", home)
}

// scalaVersion is the Scala version a home's jars are built for (2.12 or
// 2.13), which names its Spark Connect jar.
func scalaVersion(home string) string {
	if m, _ := filepath.Glob(filepath.Join(home, "jars", "spark-core_2.13-*.jar")); len(m) > 0 {
		return "2.13"
	}
	return "2.12"
}

// Match picks the newest install matching spec: "" (cfg's default, else
// the newest), "3.5", "3.5.x", "4", "4.x" or an exact "3.5.7".
func Match(installs []Install, spec, defaultSpec string) (Install, error) {
	if spec == "" {
		spec = defaultSpec
	}
	if len(installs) == 0 {
		return Install{}, fmt.Errorf("no Spark version is installed: install one with `install.sh --spark 3.5` (or `spargo spark install 3.5`), or register a SPARK_HOME in %s", ConfigPath())
	}
	want := strings.TrimSuffix(strings.TrimSuffix(spec, ".x"), ".*")
	for _, in := range installs { // newest first
		if want == "" || in.Version == want || strings.HasPrefix(in.Version, want+".") {
			return in, nil
		}
	}
	var have []string
	for _, in := range installs {
		have = append(have, in.Version)
	}
	return Install{}, fmt.Errorf("requested Spark %s is not installed (installed: %s): install it with `install.sh --spark %s`, or register its SPARK_HOME in %s", spec, strings.Join(have, ", "), want, ConfigPath())
}

// versionLess compares dotted versions numerically ("3.10.0" > "3.9.1").
func versionLess(a, b string) bool {
	pa, pb := versionParts(a), versionParts(b)
	for i := 0; i < len(pa) && i < len(pb); i++ {
		if pa[i] != pb[i] {
			return pa[i] < pb[i]
		}
	}
	return len(pa) < len(pb)
}

func versionParts(v string) []int {
	var out []int
	for _, p := range strings.Split(v, ".") {
		n, err := strconv.Atoi(strings.TrimLeftFunc(p, func(r rune) bool { return r < '0' || r > '9' }))
		if err != nil {
			n = 0
		}
		out = append(out, n)
	}
	return out
}

// majorMinor returns 3 and 5 for "3.5.7".
func majorMinor(v string) (int, int) {
	p := versionParts(v)
	for len(p) < 2 {
		p = append(p, 0)
	}
	return p[0], p[1]
}
