// Package sqldb runs %sql on database/sql drivers: the embedded DuckDB,
// PostgreSQL (pgx) and MySQL/MariaDB. Connections are named in spargo's
// config file or come from $DATABASE_URL; secrets are referenced (an
// environment variable or a 0600 file), never written in the config, and
// never shown in outputs or errors.
package sqldb

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Conn is one configured connection.
type Conn struct {
	Name         string `json:"-"`
	URL          string `json:"url"`           // postgres://user@host:5432/db, mysql://..., duckdb:///path.duckdb, duckdb:
	PasswordEnv  string `json:"password_env"`  // environment variable holding the password
	PasswordFile string `json:"password_file"` // file holding the password (should be 0600)
	// BigQuery: a service account key file (else application default
	// credentials) and a cap on bytes billed per query.
	CredentialsFile string `json:"credentials_file"`
	MaxBytesBilled  int64  `json:"max_bytes_billed"`
}

// LoadConns reads the "connections" section of the config file at path,
// plus $DATABASE_URL as the connection "env". warn gets a warning when the
// file is readable by others (it may name secrets).
func LoadConns(path string, warn func(string)) (map[string]Conn, error) {
	out := map[string]Conn{}
	if u := os.Getenv("DATABASE_URL"); u != "" {
		out["env"] = Conn{Name: "env", URL: u}
	}
	b, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return out, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read config %s: %w", path, err)
	}
	if fi, err := os.Stat(path); err == nil && fi.Mode().Perm()&0o077 != 0 {
		warn(fmt.Sprintf("warning: %s is readable by other users (mode %o); run chmod 600 %s", path, fi.Mode().Perm(), path))
	}
	var file struct {
		Connections map[string]Conn `json:"connections"`
	}
	if err := json.Unmarshal(b, &file); err != nil {
		return nil, fmt.Errorf("parse config %s: %w", path, err)
	}
	for name, c := range file.Connections {
		c.Name = name
		if _, err := url.Parse(c.URL); err != nil || !strings.Contains(c.URL, ":") {
			return nil, fmt.Errorf("config %s: connection %q: url %q is not a URL like postgres://user@host/db", path, name, Redact(c.URL))
		}
		out[name] = c
	}
	return out, nil
}

// Names lists connection names, sorted.
func Names(conns map[string]Conn) []string {
	var out []string
	for n := range conns {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

// password resolves the connection's secret, if it references one.
func (c Conn) password() (string, bool, error) {
	switch {
	case c.PasswordEnv != "":
		v, ok := os.LookupEnv(c.PasswordEnv)
		if !ok {
			return "", false, fmt.Errorf("connection %s: password_env %s is not set", c.Name, c.PasswordEnv)
		}
		return v, true, nil
	case c.PasswordFile != "":
		p := c.PasswordFile
		if strings.HasPrefix(p, "~/") {
			home, _ := os.UserHomeDir()
			p = filepath.Join(home, p[2:])
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return "", false, fmt.Errorf("connection %s: read password_file: %w", c.Name, err)
		}
		return strings.TrimRight(string(b), "\r\n"), true, nil
	}
	return "", false, nil
}

// Redact hides the password in a URL: postgres://u:***@h/db.
func Redact(s string) string {
	u, err := url.Parse(s)
	if err != nil || u.User == nil {
		return s
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "***")
		return strings.Replace(u.String(), "%2A%2A%2A", "***", 1)
	}
	return s
}

// Display is the connection as %sql --connections lists it: no secrets.
func (c Conn) Display() string {
	s := Redact(c.URL)
	switch {
	case c.PasswordEnv != "":
		s += " (password from $" + c.PasswordEnv + ")"
	case c.PasswordFile != "":
		s += " (password from " + c.PasswordFile + ")"
	}
	return s
}
