package spark

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fakeJavaHome creates a JAVA_HOME whose bin/java prints versionLine to
// stderr, as `java -version` does, and returns it.
func fakeJavaHome(t *testing.T, versionLine string) string {
	t.Helper()
	home := t.TempDir()
	bin := filepath.Join(home, "bin")
	if err := os.MkdirAll(bin, 0o755); err != nil {
		t.Fatal(err)
	}
	script := "#!/bin/sh\n" +
		"echo '" + versionLine + "' >&2\n" +
		"echo 'OpenJDK Runtime Environment (build fake)' >&2\n" +
		"echo 'OpenJDK 64-Bit Server VM (build fake, mixed mode)' >&2\n"
	if err := os.WriteFile(filepath.Join(bin, "java"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return home
}

const (
	java8Line  = `openjdk version "1.8.0_402"`
	java11Line = `openjdk version "11.0.22" 2024-01-16`
	java17Line = `openjdk version "17.0.15" 2025-04-15`
	java21Line = `openjdk version "21" 2023-09-19`
)

func TestParseJavaMajor(t *testing.T) {
	cases := []struct {
		in   string
		want int // 0: error
	}{
		{java8Line, 8},
		{`java version "1.8.0_402"`, 8},
		{java11Line, 11},
		{java17Line, 17},
		{java21Line, 21},
		{`openjdk version "21.0.2" 2024-01-16 LTS`, 21},
		{`openjdk version "25-ea" 2025-09-16`, 25},
		{"Picked up JAVA_TOOL_OPTIONS: -Xmx1g\n" + java17Line + "\nOpenJDK Runtime Environment", 17},
		{"", 0},
		{"garbage", 0},
		{"bash: java: command not found", 0},
		{`openjdk version 17`, 0},
	}
	for _, c := range cases {
		got, err := parseJavaMajor(c.in)
		if c.want == 0 {
			if err == nil {
				t.Errorf("parseJavaMajor(%q) = %d, want an error", c.in, got)
			} else if !strings.Contains(err.Error(), "cannot read the Java version") {
				t.Errorf("parseJavaMajor(%q) error = %v", c.in, err)
			}
			continue
		}
		if err != nil || got != c.want {
			t.Errorf("parseJavaMajor(%q) = %d, %v; want %d", c.in, got, err, c.want)
		}
	}
}

func TestJavaRange(t *testing.T) {
	cases := []struct {
		spark  string
		lo, hi int
	}{
		{"2.4.8", 8, 8},
		{"3.0.3", 8, 11},
		{"3.2.4", 8, 11},
		{"3.3.4", 8, 17},
		{"3.4.4", 8, 17},
		{"3.5.7", 8, 17},
		{"4.0.1", 17, 21},
		{"4.1.0", 17, 21},
	}
	for _, c := range cases {
		if lo, hi := javaRange(c.spark); lo != c.lo || hi != c.hi {
			t.Errorf("javaRange(%s) = %d..%d, want %d..%d", c.spark, lo, hi, c.lo, c.hi)
		}
	}
}

func TestFindJavaConfigured(t *testing.T) {
	t.Setenv("JAVA_HOME", "") // the install's JavaHome is what counts
	j8, j17, j21 := fakeJavaHome(t, java8Line), fakeJavaHome(t, java17Line), fakeJavaHome(t, java21Line)
	cases := []struct {
		spark, home string
		major       int
		errWant     string // "" means ok
	}{
		{"3.5.7", j8, 8, ""},
		{"3.5.7", j17, 17, ""},
		{"3.5.7", j21, 21, "needs Java 8 to 17"},
		{"4.0.1", j17, 17, ""},
		{"4.0.1", j21, 21, ""},
		{"4.0.1", j8, 8, "needs Java 17 to 21"},
		{"3.2.4", j17, 17, "needs Java 8 to 11"},
	}
	for _, c := range cases {
		j, err := FindJava(Install{Version: c.spark, JavaHome: c.home})
		if j.Major != c.major || j.Home != c.home || j.Bin != filepath.Join(c.home, "bin", "java") {
			t.Errorf("Spark %s with Java %d: got %+v", c.spark, c.major, j)
		}
		if c.errWant == "" {
			if err != nil {
				t.Errorf("Spark %s with Java %d: %v", c.spark, c.major, err)
			}
			continue
		}
		if err == nil {
			t.Errorf("Spark %s with Java %d: no error, want %q", c.spark, c.major, c.errWant)
			continue
		}
		for _, want := range []string{c.errWant, "cannot run Spark " + c.spark} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("Spark %s with Java %d: error %q does not contain %q", c.spark, c.major, err, want)
			}
		}
	}
}

func TestFindJavaFromEnv(t *testing.T) {
	home := fakeJavaHome(t, java17Line)
	t.Setenv("JAVA_HOME", home)
	j, err := FindJava(Install{Version: "4.0.1"})
	if err != nil {
		t.Fatal(err)
	}
	if j.Home != home || j.Major != 17 || j.Bin != filepath.Join(home, "bin", "java") {
		t.Errorf("FindJava = %+v", j)
	}
	// A configured java_home wins over $JAVA_HOME.
	other := fakeJavaHome(t, java21Line)
	j, err = FindJava(Install{Version: "4.0.1", JavaHome: other})
	if err != nil || j.Home != other || j.Major != 21 {
		t.Errorf("FindJava with java_home = %+v, %v; want %s, 21", j, err, other)
	}
}

func TestFindJavaMissingHome(t *testing.T) {
	t.Setenv("SPARGO_CONFIG", "/etc/spargo-test/config.json")
	missing := filepath.Join(t.TempDir(), "no-such-jdk")
	for _, viaEnv := range []bool{false, true} {
		in := Install{Version: "3.5.7"}
		if viaEnv {
			t.Setenv("JAVA_HOME", missing)
		} else {
			t.Setenv("JAVA_HOME", "")
			in.JavaHome = missing
		}
		_, err := FindJava(in)
		if err == nil {
			t.Fatalf("viaEnv=%v: no error", viaEnv)
		}
		for _, want := range []string{"no Java at JAVA_HOME=" + missing, "Spark 3.5.7", "/etc/spargo-test/config.json"} {
			if !strings.Contains(err.Error(), want) {
				t.Errorf("viaEnv=%v: error %q does not contain %q", viaEnv, err, want)
			}
		}
	}
}

func TestFindJavaOnPath(t *testing.T) {
	home := fakeJavaHome(t, java11Line)
	t.Setenv("JAVA_HOME", "")
	t.Setenv("PATH", filepath.Join(home, "bin"))
	j, err := FindJava(Install{Version: "3.5.7"})
	if err != nil {
		t.Fatal(err)
	}
	if j.Home != "" || j.Major != 11 || j.Bin != filepath.Join(home, "bin", "java") {
		t.Errorf("FindJava from PATH = %+v", j)
	}
}

func TestFindJavaNone(t *testing.T) {
	t.Setenv("JAVA_HOME", "")
	t.Setenv("PATH", t.TempDir())
	_, err := FindJava(Install{Version: "4.0.1"})
	if err == nil {
		t.Fatal("no error without any Java")
	}
	for _, want := range []string{"no Java found", "Spark 4.0.1 needs Java 17 to 21"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q does not contain %q", err, want)
		}
	}
}

func TestFindJavaUnreadableVersion(t *testing.T) {
	home := fakeJavaHome(t, "this is not java")
	_, err := FindJava(Install{Version: "3.5.7", JavaHome: home})
	if err == nil || !strings.Contains(err.Error(), "cannot read the Java version") {
		t.Errorf("FindJava with a broken java: %v", err)
	}
	// A java that fails to run.
	bad := t.TempDir()
	if err := os.MkdirAll(filepath.Join(bad, "bin"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(bad, "bin", "java"), []byte("#!/bin/sh\necho boom >&2\nexit 3\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	_, err = FindJava(Install{Version: "3.5.7", JavaHome: bad})
	if err == nil || !strings.Contains(err.Error(), "-version") || !strings.Contains(err.Error(), "boom") {
		t.Errorf("FindJava with a failing java: %v", err)
	}
}
