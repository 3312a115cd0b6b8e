// ag30: constraint `interface{ comparable; String() string }` used for a registry, enum parsing and a counter.
package main

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

type Key interface {
	comparable
	String() string
}

type Registry[K Key, V any] struct {
	entries map[K]V
	order   []K
}

func NewRegistry[K Key, V any]() *Registry[K, V] { return &Registry[K, V]{entries: map[K]V{}} }

func (r *Registry[K, V]) Register(k K, v V) error {
	if _, dup := r.entries[k]; dup {
		return fmt.Errorf("duplicate registration for %s", k.String())
	}
	r.entries[k] = v
	r.order = append(r.order, k)
	return nil
}

func (r *Registry[K, V]) Lookup(k K) (V, error) {
	v, ok := r.entries[k]
	if !ok {
		return v, fmt.Errorf("no entry for %s", k)
	}
	return v, nil
}

// Names lists registered keys by their String form, sorted.
func (r *Registry[K, V]) Names() []string {
	out := make([]string, len(r.order))
	for i, k := range r.order {
		out[i] = k.String()
	}
	slices.Sort(out)
	return out
}

// ParseEnum finds the value whose String() matches s (case-insensitive).
func ParseEnum[K Key](s string, all ...K) (K, bool) {
	for _, k := range all {
		if strings.EqualFold(k.String(), s) {
			return k, true
		}
	}
	var zero K
	return zero, false
}

type Counter[K Key] map[K]int

func (c Counter[K]) Inc(k K) { c[k]++ }

func (c Counter[K]) Render() string {
	keys := make([]K, 0, len(c))
	for k := range c {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b K) int {
		return cmp.Or(cmp.Compare(c[b], c[a]), cmp.Compare(a.String(), b.String()))
	})
	var sb strings.Builder
	for _, k := range keys {
		fmt.Fprintf(&sb, "%s=%d ", k, c[k])
	}
	return strings.TrimSpace(sb.String())
}

type Codec int

const (
	JSON Codec = iota
	XML
	Protobuf
	CSV
)

func (c Codec) String() string {
	switch c {
	case JSON:
		return "json"
	case XML:
		return "xml"
	case Protobuf:
		return "protobuf"
	case CSV:
		return "csv"
	}
	return fmt.Sprintf("codec(%d)", int(c))
}

type HostPort struct {
	Host string
	Port int
}

func (h HostPort) String() string { return fmt.Sprintf("%s:%d", h.Host, h.Port) }

type Encoder func(map[string]string) string

func main() {
	codecs := NewRegistry[Codec, Encoder]()
	_ = codecs.Register(JSON, func(m map[string]string) string {
		return fmt.Sprintf(`{"name":%q}`, m["name"])
	})
	_ = codecs.Register(CSV, func(m map[string]string) string { return "name\n" + m["name"] })
	_ = codecs.Register(XML, func(m map[string]string) string { return "<name>" + m["name"] + "</name>" })
	if err := codecs.Register(JSON, nil); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Println("registered codecs:", codecs.Names())
	rec := map[string]string{"name": "gopher"}
	for _, req := range []string{"JSON", "csv", "Xml", "protobuf", "yaml"} {
		c, ok := ParseEnum(req, JSON, XML, Protobuf, CSV)
		if !ok {
			fmt.Printf("%-8s -> unknown codec\n", req)
			continue
		}
		enc, err := codecs.Lookup(c)
		if err != nil {
			fmt.Printf("%-8s -> %v\n", req, err)
			continue
		}
		fmt.Printf("%-8s -> %q\n", req, enc(rec))
	}

	backends := NewRegistry[HostPort, int]()
	for i, hp := range []HostPort{{"10.0.0.2", 8080}, {"10.0.0.1", 8080}, {"10.0.0.1", 9090}, {"10.0.0.2", 8080}} {
		if err := backends.Register(hp, i); err != nil {
			fmt.Println("error:", err)
		}
	}
	fmt.Println("backends:", backends.Names())
	w, err := backends.Lookup(HostPort{"10.0.0.1", 9090})
	fmt.Println("weight of 10.0.0.1:9090:", w, err)
	_, err = backends.Lookup(HostPort{"10.0.0.3", 80})
	fmt.Println("lookup missing:", err)

	hits := Counter[HostPort]{}
	for i := range 11 {
		hits.Inc(HostPort{"10.0.0.1", 8080 + (i%3)*1010})
	}
	fmt.Println("hits:", hits.Render())
	usage := Counter[Codec]{}
	for _, c := range []Codec{JSON, CSV, JSON, XML, JSON, CSV, Codec(7)} {
		usage.Inc(c)
	}
	fmt.Println("usage:", usage.Render())
}
