package main

import (
	"encoding/base64"
	"encoding/hex"
	"fmt"
	"sort"
	"strings"
)

// Codec is the plugin contract: reversible text transformations.
type Codec interface {
	Encode(string) string
	Decode(string) (string, error)
}

type Factory func() Codec

var registry = map[string]Factory{}

func Register(name string, f Factory) {
	if _, dup := registry[name]; dup {
		panic("codec already registered: " + name)
	}
	registry[name] = f
}

func Lookup(name string) (Codec, error) {
	f, ok := registry[name]
	if !ok {
		return nil, fmt.Errorf("unknown codec %q (available: %s)", name, strings.Join(Names(), ", "))
	}
	return f(), nil
}

func Names() []string {
	names := make([]string, 0, len(registry))
	for n := range registry {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// --- plugins; each registers itself from init, as separate files would ---

type rot13 struct{}

func init() { Register("rot13", func() Codec { return rot13{} }) }

func (rot13) Encode(s string) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		}
		return r
	}, s)
}
func (c rot13) Decode(s string) (string, error) { return c.Encode(s), nil }

type b64 struct{}

func init() { Register("base64", func() Codec { return b64{} }) }

func (b64) Encode(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
func (b64) Decode(s string) (string, error) {
	b, err := base64.StdEncoding.DecodeString(s)
	return string(b), err
}

type hexCodec struct{}

func init() { Register("hex", func() Codec { return hexCodec{} }) }

func (hexCodec) Encode(s string) string { return hex.EncodeToString([]byte(s)) }
func (hexCodec) Decode(s string) (string, error) {
	b, err := hex.DecodeString(s)
	return string(b), err
}

type reverse struct{ calls int }

func init() { Register("reverse", func() Codec { return &reverse{} }) }

func (r *reverse) Encode(s string) string {
	r.calls++
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}
func (r *reverse) Decode(s string) (string, error) { return r.Encode(s), nil }

// Pipeline chains codecs by name, e.g. "reverse|rot13|base64".
type Pipeline []Codec

func ParsePipeline(spec string) (Pipeline, error) {
	var p Pipeline
	for _, name := range strings.Split(spec, "|") {
		c, err := Lookup(strings.TrimSpace(name))
		if err != nil {
			return nil, err
		}
		p = append(p, c)
	}
	return p, nil
}

func (p Pipeline) Encode(s string) string {
	for _, c := range p {
		s = c.Encode(s)
	}
	return s
}

func (p Pipeline) Decode(s string) (string, error) {
	for i := len(p) - 1; i >= 0; i-- {
		var err error
		if s, err = p[i].Decode(s); err != nil {
			return "", fmt.Errorf("stage %d: %w", i+1, err)
		}
	}
	return s, nil
}

func main() {
	fmt.Println("registered codecs:", Names())
	msg := "Meet at Gate 7, 09:30"

	for _, spec := range []string{"rot13", "base64", "hex", "reverse|rot13", "reverse | rot13 | base64", "hex|hex", "rot13|gzip"} {
		p, err := ParsePipeline(spec)
		if err != nil {
			fmt.Printf("%-26s error: %v\n", spec, err)
			continue
		}
		enc := p.Encode(msg)
		dec, err := p.Decode(enc)
		fmt.Printf("%-26s %s\n", spec, enc)
		fmt.Printf("%-26s roundtrip ok=%t err=%v\n", "", dec == msg, err)
	}

	p, _ := ParsePipeline("base64|hex")
	if _, err := p.Decode("zz-not-hex"); err != nil {
		fmt.Println("decode garbage:", err)
	}

	func() {
		defer func() { fmt.Println("duplicate registration:", recover()) }()
		Register("hex", func() Codec { return hexCodec{} })
	}()
}
