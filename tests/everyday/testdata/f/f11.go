// f11: validate connection/endpoint URLs from a config with per-scheme rules.
package main

import (
	"errors"
	"fmt"
	"net"
	"net/url"
	"strconv"
	"strings"
)

var (
	ErrScheme   = errors.New("unsupported scheme")
	ErrHost     = errors.New("invalid host")
	ErrPort     = errors.New("invalid port")
	ErrInsecure = errors.New("insecure configuration")
)

type URLError struct {
	Name string
	Raw  string
	Err  error
}

func (e *URLError) Error() string { return fmt.Sprintf("%s %q: %v", e.Name, e.Raw, e.Err) }
func (e *URLError) Unwrap() error { return e.Err }

var defaultPorts = map[string]int{"http": 80, "https": 443, "postgres": 5432, "s3": 0, "kafka": 9092}

func validate(name, raw string) (*url.URL, error) {
	wrap := func(err error) error { return &URLError{name, raw, err} }
	u, err := url.Parse(raw)
	if err != nil {
		return nil, wrap(err)
	}
	def, ok := defaultPorts[u.Scheme]
	if !ok {
		return nil, wrap(fmt.Errorf("%w %q", ErrScheme, u.Scheme))
	}
	host := u.Hostname()
	if host == "" {
		return nil, wrap(fmt.Errorf("%w: empty", ErrHost))
	}
	if ip := net.ParseIP(host); ip == nil {
		for _, label := range strings.Split(host, ".") {
			if label == "" || len(label) > 63 || strings.HasPrefix(label, "-") || strings.HasSuffix(label, "-") {
				return nil, wrap(fmt.Errorf("%w: bad label %q in %q", ErrHost, label, host))
			}
		}
	}
	if p := u.Port(); p != "" {
		n, err := strconv.ParseUint(p, 10, 16)
		if err != nil {
			return nil, wrap(fmt.Errorf("%w %q: %w", ErrPort, p, err))
		}
		if n == 0 {
			return nil, wrap(fmt.Errorf("%w: port 0 is reserved", ErrPort))
		}
	} else if def > 0 {
		u.Host = net.JoinHostPort(host, strconv.Itoa(def))
	}
	if u.Scheme == "http" && u.User != nil {
		return nil, wrap(fmt.Errorf("%w: credentials over plain http", ErrInsecure))
	}
	if u.Scheme == "postgres" && u.Query().Get("sslmode") == "disable" && host != "localhost" {
		return nil, wrap(fmt.Errorf("%w: sslmode=disable for remote host", ErrInsecure))
	}
	return u, nil
}

func main() {
	endpoints := [][2]string{
		{"api", "https://api.example.com/v1/"},
		{"warehouse", "postgres://etl:s3cr%40t@db.internal/warehouse?sslmode=require"},
		{"local_db", "postgres://localhost/dev?sslmode=disable"},
		{"remote_db", "postgres://db.prod.example.com:6543/x?sslmode=disable"},
		{"bucket", "s3://raw-data-bucket/landing/2024/"},
		{"broker", "kafka://[2001:db8::1]/events"},
		{"ftp", "ftp://files.example.com/"},
		{"bad_port", "https://example.com:99999/"},
		{"zero_port", "http://example.com:0/"},
		{"bad_label", "https://-bad-.example.com/"},
		{"creds", "http://admin:pw@intranet.local/"},
		{"control", "https://exa\x7fmple.com/"},
		{"nohost", "https:///path-only"},
	}
	counts := map[string]int{}
	for _, ep := range endpoints {
		u, err := validate(ep[0], ep[1])
		if err != nil {
			fmt.Println("FAIL", err)
			for _, kind := range []error{ErrScheme, ErrHost, ErrPort, ErrInsecure} {
				if errors.Is(err, kind) {
					counts[kind.Error()]++
				}
			}
			continue
		}
		pw, hasPw := u.User.Password()
		fmt.Printf("OK   %-10s scheme=%-8s host=%-28s path=%-14q user=%q pw_set=%t(%d chars)\n",
			ep[0], u.Scheme, u.Host, u.Path, u.User.Username(), hasPw, len(pw))
	}
	fmt.Println()
	for _, kind := range []error{ErrScheme, ErrHost, ErrPort, ErrInsecure} {
		fmt.Printf("%-24s %d\n", kind, counts[kind.Error()])
	}
}
