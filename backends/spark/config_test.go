package spark

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

func TestLoadConfigMissing(t *testing.T) {
	cfg, err := LoadConfig(filepath.Join(t.TempDir(), "nope", "config.json"))
	if err != nil {
		t.Fatal(err)
	}
	want := Config{DisplayRows: 20, DriverMemory: "1g", StartTimeout: 180}
	if !reflect.DeepEqual(cfg, want) {
		t.Errorf("LoadConfig(missing) = %+v, want %+v", cfg, want)
	}
}

func writeConfig(t *testing.T, text string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "config.json")
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoadConfig(t *testing.T) {
	p := writeConfig(t, `{
  "connections": {"pg": {"driver": "pgx"}},
  "spark": {
    "default_version": "3.5",
    "versions": {
      "3.5.7": {"spark_home": "/opt/spark-3.5.7", "java_home": "/usr/lib/jvm/java-17"},
      "4.0.1": {"spark_home": "/opt/spark-4.0.1"}
    },
    "clusters": {
      "prod": {"master": "spark://prod:7077", "version": "4.x", "conf": {"spark.executor.memory": "8g"}},
      "dev":  {"master": "spark://dev:7077"}
    },
    "default_cluster": "prod",
    "conf": {"spark.sql.shuffle.partitions": "8"},
    "driver_memory": "2g",
    "display_rows": 50,
    "start_timeout": 60
  }
}`)
	cfg, err := LoadConfig(p)
	if err != nil {
		t.Fatal(err)
	}
	want := Config{
		DefaultVersion: "3.5",
		Versions: map[string]Home{
			"3.5.7": {SparkHome: "/opt/spark-3.5.7", JavaHome: "/usr/lib/jvm/java-17"},
			"4.0.1": {SparkHome: "/opt/spark-4.0.1"},
		},
		Clusters: map[string]Cluster{
			"prod": {Master: "spark://prod:7077", Version: "4.x", Conf: map[string]string{"spark.executor.memory": "8g"}},
			"dev":  {Master: "spark://dev:7077"},
		},
		DefaultCluster: "prod",
		Conf:           map[string]string{"spark.sql.shuffle.partitions": "8"},
		DriverMemory:   "2g",
		DisplayRows:    50,
		StartTimeout:   60,
	}
	if !reflect.DeepEqual(cfg, want) {
		t.Errorf("LoadConfig =\n%+v\nwant\n%+v", cfg, want)
	}
}

func TestLoadConfigDefaultsFilled(t *testing.T) {
	cases := []string{
		`{}`,
		`{"spark": {}}`,
		`{"spark": {"display_rows": 0, "start_timeout": -3, "driver_memory": ""}}`,
		`{"spark": {"display_rows": -1}}`,
	}
	for _, text := range cases {
		cfg, err := LoadConfig(writeConfig(t, text))
		if err != nil {
			t.Errorf("%s: %v", text, err)
			continue
		}
		if cfg.DisplayRows != 20 || cfg.DriverMemory != "1g" || cfg.StartTimeout != 180 {
			t.Errorf("%s: defaults not filled: %+v", text, cfg)
		}
	}
	// Set values are kept.
	cfg, err := LoadConfig(writeConfig(t, `{"spark": {"display_rows": 5}}`))
	if err != nil || cfg.DisplayRows != 5 || cfg.DriverMemory != "1g" {
		t.Errorf("display_rows 5: %+v, %v", cfg, err)
	}
}

func TestLoadConfigInvalid(t *testing.T) {
	for _, text := range []string{`{"spark": `, `not json`, `{"spark": {"display_rows": "many"}}`, `{"spark": []}`} {
		p := writeConfig(t, text)
		_, err := LoadConfig(p)
		if err == nil {
			t.Errorf("%q: no error", text)
			continue
		}
		if !strings.Contains(err.Error(), "parse config "+p) {
			t.Errorf("%q: error %q does not name the file", text, err)
		}
	}
	// A path that cannot be read (a directory).
	dir := t.TempDir()
	if _, err := LoadConfig(dir); err == nil || !strings.Contains(err.Error(), "read config "+dir) {
		t.Errorf("LoadConfig(dir): %v", err)
	}
}

func TestConfigPath(t *testing.T) {
	t.Setenv("SPARGO_CONFIG", "/x/spargo.json")
	t.Setenv("XDG_CONFIG_HOME", "/xdg")
	if got := ConfigPath(); got != "/x/spargo.json" {
		t.Errorf("ConfigPath with SPARGO_CONFIG = %s", got)
	}
	t.Setenv("SPARGO_CONFIG", "")
	if got := ConfigPath(); got != "/xdg/spargo/config.json" {
		t.Errorf("ConfigPath with XDG_CONFIG_HOME = %s", got)
	}
	t.Setenv("XDG_CONFIG_HOME", "")
	t.Setenv("HOME", "/home/tester")
	if got := ConfigPath(); got != "/home/tester/.config/spargo/config.json" {
		t.Errorf("ConfigPath with HOME = %s", got)
	}
}

func TestDataDir(t *testing.T) {
	t.Setenv("SPARGO_DATA", "/data/spargo")
	t.Setenv("XDG_DATA_HOME", "/xdg-data")
	if got := DataDir(); got != "/data/spargo" {
		t.Errorf("DataDir with SPARGO_DATA = %s", got)
	}
	t.Setenv("SPARGO_DATA", "")
	if got := DataDir(); got != "/xdg-data/spargo" {
		t.Errorf("DataDir with XDG_DATA_HOME = %s", got)
	}
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", "/home/tester")
	if got := DataDir(); got != "/home/tester/.local/share/spargo" {
		t.Errorf("DataDir with HOME = %s", got)
	}
}

// TestServerOptions checks how a start resolves version, master, confs,
// Java, driver memory and timeout from the config and the start's options.
func TestServerOptions(t *testing.T) {
	java17 := fakeJavaHome(t, java17Line)
	java21 := fakeJavaHome(t, java21Line)
	t.Setenv("JAVA_HOME", java17)
	dir := t.TempDir()
	home35 := makeHome(t, filepath.Join(dir, "3.5.7"), "spark-core_2.12-3.5.7.jar")
	home40 := makeHome(t, filepath.Join(t.TempDir(), "spark-4"), "spark-core_2.13-4.0.1.jar")
	cfgPath := writeConfig(t, `{"spark": {
  "default_version": "3.5",
  "versions": {"4.0.1": {"spark_home": "`+home40+`", "java_home": "`+java21+`"}},
  "clusters": {"prod": {"master": "spark://m1:7077,m2:7077", "version": "4.x", "conf": {"b": "cluster", "c": "cluster"}}},
  "default_cluster": "prod",
  "conf": {"a": "cfg", "b": "cfg"}
}}`)
	cfg, err := LoadConfig(cfgPath)
	if err != nil {
		t.Fatal(err)
	}
	m := &Manager{kernMode: "plain", cfgPath: cfgPath, dirs: []string{dir}}

	cases := []struct {
		name     string
		opts     StartOptions
		version  string
		home     string
		javaHome string
		master   string
		conf     map[string]string
		mem      string
	}{
		{"local default", StartOptions{Mode: "local"}, "3.5.7", home35, java17, "local[*]",
			map[string]string{"a": "cfg", "b": "cfg"}, "1g"},
		{"local options", StartOptions{Mode: "local", Version: "4", Master: "local[2]", DriverMemory: "4g", Conf: map[string]string{"a": "opt"}},
			"4.0.1", home40, java21, "local[2]", map[string]string{"a": "opt", "b": "cfg"}, "4g"},
		{"default cluster", StartOptions{Mode: "cluster"}, "4.0.1", home40, java21, "spark://m1:7077,m2:7077",
			map[string]string{"a": "cfg", "b": "cluster", "c": "cluster"}, "1g"},
		{"named cluster, version and conf from the start", StartOptions{Mode: "cluster", Master: "prod", Version: "3.5.x", Conf: map[string]string{"c": "opt", "d": "opt"}},
			"3.5.7", home35, java17, "spark://m1:7077,m2:7077", map[string]string{"a": "cfg", "b": "cluster", "c": "opt", "d": "opt"}, "1g"},
		{"cluster URL", StartOptions{Mode: "cluster", Master: "spark://other:7077"}, "3.5.7", home35, java17, "spark://other:7077",
			map[string]string{"a": "cfg", "b": "cfg"}, "1g"},
	}
	for _, c := range cases {
		so, err := m.serverOptions(cfg, c.opts)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if so.Install.Version != c.version || so.Install.SparkHome != c.home {
			t.Errorf("%s: install %+v, want %s in %s", c.name, so.Install, c.version, c.home)
		}
		if so.Java.Home != c.javaHome {
			t.Errorf("%s: Java %+v, want home %s", c.name, so.Java, c.javaHome)
		}
		if so.Master != c.master {
			t.Errorf("%s: master %q, want %q", c.name, so.Master, c.master)
		}
		if !reflect.DeepEqual(so.Conf, c.conf) {
			t.Errorf("%s: conf %v, want %v", c.name, so.Conf, c.conf)
		}
		if so.DriverMemory != c.mem {
			t.Errorf("%s: driver memory %q, want %q", c.name, so.DriverMemory, c.mem)
		}
		if so.Timeout != 180*time.Second {
			t.Errorf("%s: timeout %s", c.name, so.Timeout)
		}
	}
	if !reflect.DeepEqual(cfg.Conf, map[string]string{"a": "cfg", "b": "cfg"}) || cfg.Clusters["prod"].Conf["c"] != "cluster" {
		t.Errorf("serverOptions changed the config's maps: %v, %v", cfg.Conf, cfg.Clusters["prod"].Conf)
	}

	errCases := []struct {
		name string
		cfg  Config
		opts StartOptions
		want string
	}{
		{"unknown cluster", cfg, StartOptions{Mode: "cluster", Master: "staging"}, `unknown cluster "staging"`},
		{"no cluster", Config{}.withDefaults(), StartOptions{Mode: "cluster"}, "no cluster given"},
		{"version not installed", cfg, StartOptions{Mode: "local", Version: "3.4"}, "requested Spark 3.4 is not installed"},
	}
	for _, c := range errCases {
		_, err := m.serverOptions(c.cfg, c.opts)
		if err == nil || !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: %v, want an error containing %q", c.name, err, c.want)
		}
		if err != nil && strings.Contains(c.want, "cluster") && !strings.Contains(err.Error(), cfgPath) {
			t.Errorf("%s: error %q does not name the config file", c.name, err)
		}
	}

	// Java that cannot run the chosen version.
	t.Setenv("JAVA_HOME", java21)
	if _, err := m.serverOptions(cfg, StartOptions{Mode: "local", Version: "3.5"}); err == nil || !strings.Contains(err.Error(), "needs Java 8 to 17") {
		t.Errorf("3.5 with Java 21: %v", err)
	}
}
