// f21: Java-style .properties with continuations, read through typed getters that collect errors.
package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"
)

type Props map[string]string

func ParseProps(src string) (Props, error) {
	p := Props{}
	lines := strings.Split(src, "\n")
	for i := 0; i < len(lines); i++ {
		line := strings.TrimSpace(lines[i])
		start := i + 1
		for strings.HasSuffix(line, `\`) && !strings.HasSuffix(line, `\\`) {
			i++
			if i >= len(lines) {
				return nil, fmt.Errorf("line %d: continuation at end of input", start)
			}
			line = strings.TrimSuffix(line, `\`) + strings.TrimSpace(lines[i])
		}
		if line == "" || line[0] == '#' || line[0] == '!' {
			continue
		}
		sep := strings.IndexAny(line, "=:")
		if sep < 0 {
			return nil, fmt.Errorf("line %d: no separator in %q", start, line)
		}
		p[strings.TrimSpace(line[:sep])] = strings.TrimSpace(line[sep+1:])
	}
	return p, nil
}

// Reader records errors and returns zero values, so callers check Err() once at the end.
type Reader struct {
	props  Props
	prefix string
	errs   []error
}

func (p Props) Under(prefix string) *Reader { return &Reader{props: p, prefix: prefix + "."} }

func (r *Reader) raw(key string, required bool) (string, bool) {
	v, ok := r.props[r.prefix+key]
	if !ok && required {
		r.errs = append(r.errs, fmt.Errorf("%s%s: missing", r.prefix, key))
	}
	return v, ok
}

func (r *Reader) String(key, def string) string {
	if v, ok := r.raw(key, def == ""); ok {
		return v
	}
	return def
}

func (r *Reader) Int(key string, lo, hi int) int {
	v, ok := r.raw(key, true)
	if !ok {
		return 0
	}
	n, err := strconv.Atoi(strings.ReplaceAll(v, "_", ""))
	if err == nil && (n < lo || n > hi) {
		err = fmt.Errorf("%d not in [%d, %d]", n, lo, hi)
	}
	if err != nil {
		r.errs = append(r.errs, fmt.Errorf("%s%s: %w", r.prefix, key, err))
	}
	return n
}

func (r *Reader) Bool(key string, def bool) bool {
	v, ok := r.raw(key, false)
	if !ok {
		return def
	}
	switch strings.ToLower(v) {
	case "yes", "on":
		return true
	case "no", "off":
		return false
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		r.errs = append(r.errs, fmt.Errorf("%s%s: %w", r.prefix, key, err))
	}
	return b
}

func (r *Reader) Duration(key string, def time.Duration) time.Duration {
	v, ok := r.raw(key, false)
	if !ok {
		return def
	}
	d, err := time.ParseDuration(v)
	if err != nil {
		r.errs = append(r.errs, fmt.Errorf("%s%s: %w", r.prefix, key, err))
	}
	return d
}

func (r *Reader) List(key string) []string {
	v, _ := r.raw(key, false)
	return strings.FieldsFunc(v, func(c rune) bool { return c == ',' || c == ' ' })
}

func (r *Reader) Err() error { return errors.Join(r.errs...) }

const src = `# ingestion service
db.host = warehouse.internal
db.port = 5_432
db.pool = 0
db.ssl  : on
db.timeout = 2500ms
kafka.brokers = k1:9092, k2:9092, \
                k3:9092
kafka.group = etl-consumers
kafka.commit_interval = 5 seconds
kafka.verbose = maybe
`

func main() {
	props, err := ParseProps(src)
	if err != nil {
		fmt.Println("parse:", err)
		return
	}
	db := props.Under("db")
	fmt.Printf("db: host=%s port=%d pool=%d ssl=%t timeout=%v user=%q\n",
		db.String("host", ""), db.Int("port", 1, 65535), db.Int("pool", 1, 100),
		db.Bool("ssl", false), db.Duration("timeout", time.Second), db.String("user", ""))
	kafka := props.Under("kafka")
	fmt.Printf("kafka: brokers=%q group=%s interval=%v verbose=%t\n",
		kafka.List("brokers"), kafka.String("group", "default"),
		kafka.Duration("commit_interval", time.Second), kafka.Bool("verbose", false))
	for _, rd := range []*Reader{db, kafka} {
		if err := rd.Err(); err != nil {
			fmt.Printf("errors under %q:\n  %s\n", strings.TrimSuffix(rd.prefix, "."),
				strings.ReplaceAll(err.Error(), "\n", "\n  "))
		}
	}
	_, err = ParseProps("a = 1\nb = 2 \\")
	fmt.Println("dangling continuation:", err)
}
