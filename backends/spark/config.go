// Package spark runs Spark for a spargo session: it finds installed Spark
// versions and Java, starts a Spark Connect server as a child of the kernel
// (local or against a cluster), connects the Go client to it, and stops it
// so that no JVM outlives the kernel. Magics call it; it never calls them.
package spark

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// Config is the "spark" section of spargo's config file. Admins register
// their own Spark and Java installs and clusters here; users pick from them
// by version or name.
type Config struct {
	// DefaultVersion is used when a start names no version ("3.5", "4.x").
	DefaultVersion string `json:"default_version"`
	// Versions maps a Spark version to its SPARK_HOME and, optionally, the
	// JAVA_HOME to run it with.
	Versions map[string]Home `json:"versions"`
	// Clusters are named standalone masters with their version and confs.
	Clusters map[string]Cluster `json:"clusters"`
	// DefaultCluster is used by `%spark start cluster` with no master.
	DefaultCluster string `json:"default_cluster"`
	// Conf is added to every server start (a start's --conf wins).
	Conf map[string]string `json:"conf"`
	// DriverMemory is the Connect server's --driver-memory (default 1g).
	DriverMemory string `json:"driver_memory"`
	// DisplayRows is how many rows a DataFrame shows as a cell's value.
	DisplayRows int `json:"display_rows"`
	// StartTimeout bounds a server start, in seconds (default 180).
	StartTimeout int `json:"start_timeout"`
}

// Home is one registered Spark install.
type Home struct {
	SparkHome string `json:"spark_home"`
	JavaHome  string `json:"java_home,omitempty"`
}

// Cluster is one named standalone cluster.
type Cluster struct {
	Master  string            `json:"master"`
	Version string            `json:"version,omitempty"`
	Conf    map[string]string `json:"conf,omitempty"`
}

// ConfigPath is where spargo's config file lives: $SPARGO_CONFIG, else
// $XDG_CONFIG_HOME/spargo/config.json, else ~/.config/spargo/config.json.
func ConfigPath() string {
	if p := os.Getenv("SPARGO_CONFIG"); p != "" {
		return p
	}
	if d := os.Getenv("XDG_CONFIG_HOME"); d != "" {
		return filepath.Join(d, "spargo", "config.json")
	}
	home, _ := os.UserHomeDir()
	return filepath.Join(home, ".config", "spargo", "config.json")
}

// LoadConfig reads the spark section of the config file at path. A missing
// file is an empty config, not an error.
func LoadConfig(path string) (Config, error) {
	var file struct {
		Spark Config `json:"spark"`
	}
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return file.Spark.withDefaults(), nil
	}
	if err != nil {
		return Config{}, fmt.Errorf("read config %s: %w", path, err)
	}
	if err := json.Unmarshal(b, &file); err != nil {
		return Config{}, fmt.Errorf("parse config %s: %w", path, err)
	}
	return file.Spark.withDefaults(), nil
}

func (c Config) withDefaults() Config {
	if c.DriverMemory == "" {
		c.DriverMemory = "1g"
	}
	if c.DisplayRows <= 0 {
		c.DisplayRows = 20
	}
	if c.StartTimeout <= 0 {
		c.StartTimeout = 180
	}
	return c
}

// DataDir is spargo's data directory: $SPARGO_DATA, else
// $XDG_DATA_HOME/spargo, else ~/.local/share/spargo. Installed Spark
// versions live in DataDir/spark/<version>.
func DataDir() string {
	if p := os.Getenv("SPARGO_DATA"); p != "" {
		return p
	}
	if d := os.Getenv("XDG_DATA_HOME"); d != "" {
		return filepath.Join(d, "spargo")
	}
	home, _ := os.UserHomeDir()
	return filepath.Join(home, ".local", "share", "spargo")
}
