package magics

import (
	"context"
	"fmt"
	"net"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/spargo-kernel/spargo/backends/spark"
	"github.com/spargo-kernel/spargo/kernel"
)

func TestParseStart(t *testing.T) {
	cases := []struct {
		words []string
		want  spark.StartOptions
	}{
		{nil, spark.StartOptions{Mode: "local", Conf: map[string]string{}}},
		{[]string{"local"}, spark.StartOptions{Mode: "local", Conf: map[string]string{}}},
		{[]string{"local", "3.5"}, spark.StartOptions{Mode: "local", Version: "3.5", Conf: map[string]string{}}},
		{[]string{"4.x"}, spark.StartOptions{Mode: "local", Version: "4.x", Conf: map[string]string{}}},
		{[]string{"cluster"}, spark.StartOptions{Mode: "cluster", Conf: map[string]string{}}},
		{[]string{"cluster", "--master", "spark://h:7077", "4.0.1"},
			spark.StartOptions{Mode: "cluster", Version: "4.0.1", Master: "spark://h:7077", Conf: map[string]string{}}},
		{[]string{"cluster", "prod"}, // a word after cluster is the version, not the cluster name
			spark.StartOptions{Mode: "cluster", Version: "prod", Conf: map[string]string{}}},
		{[]string{"local", "--master=local[2]", "--driver-memory", "4g"},
			spark.StartOptions{Mode: "local", Master: "local[2]", DriverMemory: "4g", Conf: map[string]string{}}},
		{[]string{"--conf", "spark.a=1", "local", "--conf=spark.b=x=y", "--conf", "spark.a=2", "--conf", "spark.empty="},
			spark.StartOptions{Mode: "local", Conf: map[string]string{"spark.a": "2", "spark.b": "x=y", "spark.empty": ""}}},
	}
	for _, c := range cases {
		got, err := parseStart(c.words)
		if err != nil {
			t.Errorf("parseStart(%q): %v", c.words, err)
			continue
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("parseStart(%q) = %+v, want %+v", c.words, got, c.want)
		}
	}
}

func TestParseStartErrors(t *testing.T) {
	cases := []struct {
		words []string
		want  string
	}{
		{[]string{"local", "3.5", "extra"}, `unexpected "extra"`},
		{[]string{"3.5", "4.0", "x"}, `unexpected "4.0 x"`},
		{[]string{"--conf", "novalue"}, `--conf "novalue": want key=value`},
		{[]string{"--conf", "=v"}, `--conf "=v": want key=value`},
		{[]string{"--conf"}, "--conf needs a value"},
		{[]string{"--bogus"}, "unknown option --bogus"},
		{[]string{"local", "--executor-memory", "2g"}, "unknown option --executor-memory"},
	}
	for _, c := range cases {
		_, err := parseStart(c.words)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("parseStart(%q) error %v, want %q", c.words, err, c.want)
		}
	}
}

// sparkEnv points the Spark config and data dirs at temp dirs, so that a
// manager made after it sees no installs of the machine, and returns the
// data dir's spark/ directory and the config path.
func sparkEnv(t *testing.T) (sparkDir, cfgPath string) {
	t.Helper()
	data := t.TempDir()
	cfgPath = filepath.Join(t.TempDir(), "config.json")
	t.Setenv("SPARGO_DATA", data)
	t.Setenv("SPARGO_CONFIG", cfgPath)
	return filepath.Join(data, "spark"), cfgPath
}

func writeTestFile(t *testing.T, path, text string, mode os.FileMode) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), mode); err != nil {
		t.Fatal(err)
	}
}

func runSpark(t *testing.T, m *spark.Manager, args string) (kernel.MIMEBundle, *streamIO, error) {
	t.Helper()
	io := &streamIO{}
	b, err := sparkMagic(context.Background(), m, Call{Args: args, IO: io})
	return b, io, err
}

func TestStatusTextNoSession(t *testing.T) {
	sparkEnv(t)
	for _, mode := range []string{"plain", "local"} {
		m := spark.NewManager(mode)
		want := fmt.Sprintf("no Spark session (kernel mode %s); start one with %%spark start local", mode)
		if got := statusText(m); got != want {
			t.Errorf("statusText = %q, want %q", got, want)
		}
		b, _, err := runSpark(t, m, "status")
		if err != nil || b["text/plain"] != want {
			t.Errorf("%%spark status = %v, %v", b, err)
		}
	}
}

func TestSparkMagicUsage(t *testing.T) {
	sparkEnv(t)
	m := spark.NewManager("plain")
	cases := []struct{ args, want string }{
		{"", "usage:"},
		{`start "unclosed`, "usage:"},
		{"restart", `unknown %spark command "restart"`},
		{"start --conf nokey", `%spark start: --conf "nokey": want key=value`},
		{"start local 3.5 4.0", `unexpected "4.0"`},
		{"connect", "usage: %spark connect sc://HOST:PORT"},
		{"connect sc://a:1 sc://b:2", "usage: %spark connect sc://HOST:PORT"},
	}
	for _, c := range cases {
		_, _, err := runSpark(t, m, c.args)
		if err == nil {
			t.Errorf("%%spark %s: no error", c.args)
			continue
		}
		ee := asExecError(t, err, "UsageError")
		if !strings.Contains(ee.Value, c.want) {
			t.Errorf("%%spark %s: %q does not contain %q", c.args, ee.Value, c.want)
		}
	}
}

func TestSparkMagicWithoutSpark(t *testing.T) {
	sparkEnv(t)
	m := spark.NewManager("plain")

	b, io, err := runSpark(t, m, "stop")
	if err != nil || b != nil || io.get("stdout") != "no Spark session to stop\n" {
		t.Errorf("%%spark stop = %v, %v, stdout %q", b, err, io.get("stdout"))
	}

	_, _, err = runSpark(t, m, "start local 3.5")
	if ee := asExecError(t, err, "SparkError"); !strings.Contains(ee.Value, "no Spark version is installed") {
		t.Errorf("%%spark start with nothing installed: %q", ee.Value)
	}
	_, _, err = runSpark(t, m, "start cluster")
	if ee := asExecError(t, err, "SparkError"); !strings.Contains(ee.Value, "no cluster given") {
		t.Errorf("%%spark start cluster without a master: %q", ee.Value)
	}
	_, _, err = runSpark(t, m, "start cluster --master staging")
	if ee := asExecError(t, err, "SparkError"); !strings.Contains(ee.Value, `unknown cluster "staging"`) {
		t.Errorf("%%spark start cluster --master staging: %q", ee.Value)
	}

	_, _, err = runSpark(t, m, "connect http://localhost:15002")
	if ee := asExecError(t, err, "SparkError"); !strings.Contains(ee.Value, "not a Spark Connect URL") {
		t.Errorf("%%spark connect http://: %q", ee.Value)
	}
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	closed := l.Addr().(*net.TCPAddr).Port
	l.Close()
	_, _, err = runSpark(t, m, fmt.Sprintf("connect sc://127.0.0.1:%d", closed))
	if ee := asExecError(t, err, "SparkError"); !strings.Contains(ee.Value, "no Spark Connect server answers") {
		t.Errorf("%%spark connect to a closed port: %q", ee.Value)
	}
	if st := m.Status(); st.Active != nil {
		t.Errorf("a failed start left a session: %+v", st)
	}
}

func TestSparkVersions(t *testing.T) {
	sparkDir, cfgPath := sparkEnv(t)
	m := spark.NewManager("plain")
	b, _, err := runSpark(t, m, "versions")
	if err != nil {
		t.Fatal(err)
	}
	if got, _ := b["text/plain"].(string); !strings.Contains(got, "no Spark versions installed") || !strings.Contains(got, cfgPath) {
		t.Errorf("%%spark versions with none = %q", got)
	}

	// One installed version run by a fake Java 17, one registered in the
	// config whose java_home does not exist.
	javaHome := t.TempDir()
	writeTestFile(t, filepath.Join(javaHome, "bin", "java"), "#!/bin/sh\necho 'openjdk version \"17.0.15\" 2025-04-15' >&2\n", 0o755)
	t.Setenv("JAVA_HOME", javaHome)
	writeTestFile(t, filepath.Join(sparkDir, "3.5.7", "jars", "spark-core_2.12-3.5.7.jar"), "", 0o644)
	cfgHome := t.TempDir()
	writeTestFile(t, filepath.Join(cfgHome, "jars", "spark-core_2.13-4.0.1.jar"), "", 0o644)
	badJava := filepath.Join(t.TempDir(), "no-jdk")
	writeTestFile(t, cfgPath, fmt.Sprintf(`{"spark": {"versions": {"4.0.1": {"spark_home": %q, "java_home": %q}}}}`, cfgHome, badJava), 0o644)

	b, _, err = runSpark(t, m, "versions")
	if err != nil {
		t.Fatal(err)
	}
	got, _ := b["text/plain"].(string)
	lines := strings.Split(got, "\n")
	if len(lines) != 3 {
		t.Fatalf("%%spark versions = %q, want a header and two lines", got)
	}
	for _, want := range []string{"version", "source", "java", "spark_home"} {
		if !strings.Contains(lines[0], want) {
			t.Errorf("header %q lacks %q", lines[0], want)
		}
	}
	if l := lines[1]; !strings.HasPrefix(l, "4.0.1") || !strings.Contains(l, "config") || !strings.Contains(l, "unusable: no Java at JAVA_HOME="+badJava) || !strings.Contains(l, cfgHome) {
		t.Errorf("4.0.1 line = %q", l)
	}
	if l := lines[2]; !strings.HasPrefix(l, "3.5.7") || !strings.Contains(l, "installed") || !strings.Contains(l, "Java 17 ("+filepath.Join(javaHome, "bin", "java")+")") || !strings.Contains(l, filepath.Join(sparkDir, "3.5.7")) {
		t.Errorf("3.5.7 line = %q", l)
	}

	// A broken config file is reported as a Spark error.
	writeTestFile(t, cfgPath, "{broken", 0o644)
	_, _, err = runSpark(t, m, "versions")
	if ee := asExecError(t, err, "SparkError"); !strings.Contains(ee.Value, "parse config "+cfgPath) {
		t.Errorf("%%spark versions with a broken config: %q", ee.Value)
	}
}

func TestRegisterSpark(t *testing.T) {
	sparkEnv(t)
	r := NewRegistry()
	RegisterSpark(r, spark.NewManager("plain"))
	mg, ok := r.Lookup("spark")
	if !ok || !mg.Line || mg.Cell {
		t.Fatalf("spark magic = %+v, %v; want a line magic", mg, ok)
	}
	b, err := mg.Run(context.Background(), Call{Args: "status", IO: &streamIO{}})
	if err != nil || !strings.HasPrefix(b["text/plain"].(string), "no Spark session") {
		t.Errorf("Run(status) = %v, %v", b, err)
	}
}
