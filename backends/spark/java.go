package spark

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
)

// Java is the JVM a Spark version runs on.
type Java struct {
	Home  string // "" when java was found on PATH
	Bin   string
	Major int
}

// javaRange is the range of Java majors a Spark version supports.
func javaRange(sparkVersion string) (lo, hi int) {
	major, minor := majorMinor(sparkVersion)
	switch {
	case major >= 4:
		return 17, 21
	case major == 3 && minor >= 3:
		return 8, 17
	case major == 3:
		return 8, 11
	default:
		return 8, 8
	}
}

// FindJava locates the java for in: its configured JAVA_HOME, else
// $JAVA_HOME, else java on PATH; and checks its version against what in's
// Spark version supports.
func FindJava(in Install) (Java, error) {
	home := in.JavaHome
	if home == "" {
		home = os.Getenv("JAVA_HOME")
	}
	var bin string
	if home != "" {
		bin = filepath.Join(home, "bin", "java")
		if _, err := os.Stat(bin); err != nil {
			return Java{}, fmt.Errorf("no Java at JAVA_HOME=%s (%s missing): install a JDK there or set java_home for Spark %s in %s", home, bin, in.Version, ConfigPath())
		}
	} else {
		var err error
		if bin, err = exec.LookPath("java"); err != nil {
			lo, hi := javaRange(in.Version)
			return Java{}, fmt.Errorf("no Java found (JAVA_HOME unset, no java on PATH): Spark %s needs Java %d to %d; install one (e.g. `apt install openjdk-17-jre-headless`) or set JAVA_HOME", in.Version, lo, hi)
		}
	}
	major, err := javaMajor(bin)
	if err != nil {
		return Java{}, err
	}
	j := Java{Home: home, Bin: bin, Major: major}
	if lo, hi := javaRange(in.Version); major < lo || major > hi {
		return j, fmt.Errorf("Java %d (%s) cannot run Spark %s, which needs Java %d to %d: set java_home for this version in %s or JAVA_HOME", major, bin, in.Version, lo, hi, ConfigPath())
	}
	return j, nil
}

var javaVersionRE = regexp.MustCompile(`version "(\d+)(?:\.(\d+))?`)

// javaMajor runs `java -version` and returns the major version (8 for
// "1.8.0_392", 17 for "17.0.15").
func javaMajor(bin string) (int, error) {
	out, err := exec.Command(bin, "-version").CombinedOutput()
	if err != nil {
		return 0, fmt.Errorf("run %s -version: %w: %s", bin, err, out)
	}
	return parseJavaMajor(string(out))
}

func parseJavaMajor(s string) (int, error) {
	m := javaVersionRE.FindStringSubmatch(s)
	if m == nil {
		return 0, fmt.Errorf("cannot read the Java version from %q", s)
	}
	major, _ := strconv.Atoi(m[1])
	if major == 1 && m[2] != "" {
		major, _ = strconv.Atoi(m[2])
	}
	return major, nil
}
