package main

import (
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"time"
)

// Encode renders a struct as logfmt-style key=value pairs, guided by `log` tags.
func Encode(v any) string {
	var parts []string
	encodeValue(reflect.ValueOf(v), "", &parts)
	return strings.Join(parts, " ")
}

var stringerType = reflect.TypeOf((*fmt.Stringer)(nil)).Elem()

func encodeValue(rv reflect.Value, prefix string, out *[]string) {
	for rv.Kind() == reflect.Pointer || rv.Kind() == reflect.Interface {
		if rv.IsNil() {
			return
		}
		rv = rv.Elem()
	}
	rt := rv.Type()
	for i := 0; i < rt.NumField(); i++ {
		f := rt.Field(i)
		if !f.IsExported() {
			continue
		}
		tag := f.Tag.Get("log")
		if tag == "-" {
			continue
		}
		name, opts, _ := strings.Cut(tag, ",")
		if name == "" {
			name = strings.ToLower(f.Name)
		}
		fv := rv.Field(i)
		if strings.Contains(opts, "omitempty") && fv.IsZero() {
			continue
		}
		key := prefix + name
		if fv.Type().Implements(stringerType) {
			*out = append(*out, key+"="+quote(fv.Interface().(fmt.Stringer).String()))
			continue
		}
		if fv.Kind() == reflect.Struct || (fv.Kind() == reflect.Pointer && fv.Type().Elem().Kind() == reflect.Struct) {
			encodeValue(fv, key+".", out)
			continue
		}
		*out = append(*out, key+"="+scalar(fv, strings.Contains(opts, "secret")))
	}
}

func scalar(v reflect.Value, secret bool) string {
	if secret {
		return `"***"`
	}
	switch v.Kind() {
	case reflect.String:
		return quote(v.String())
	case reflect.Bool:
		return strconv.FormatBool(v.Bool())
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		return strconv.FormatInt(v.Int(), 10)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		return strconv.FormatUint(v.Uint(), 10)
	case reflect.Float32, reflect.Float64:
		return strconv.FormatFloat(v.Float(), 'g', -1, 64)
	case reflect.Slice, reflect.Array:
		items := make([]string, v.Len())
		for i := range items {
			items[i] = strings.Trim(scalar(v.Index(i), false), `"`)
		}
		return quote(strings.Join(items, ","))
	case reflect.Map:
		return fmt.Sprintf(`"<map len=%d>"`, v.Len())
	}
	return `"<` + v.Kind().String() + `>"`
}

func quote(s string) string {
	if s == "" || strings.ContainsAny(s, " =\"") {
		return strconv.Quote(s)
	}
	return s
}

type Client struct {
	IP        string `log:"ip"`
	UserAgent string `log:"ua,omitempty"`
}

type Status int

func (s Status) String() string {
	return map[int]string{200: "OK", 404: "NotFound", 500: "ServerError"}[int(s)]
}

type AccessEntry struct {
	Method   string        `log:"method"`
	Path     string        `log:"path"`
	Status   Status        `log:"status"`
	Bytes    uint32        `log:"bytes"`
	Latency  time.Duration `log:"latency"`
	Client   Client        `log:"client"`
	Token    string        `log:"token,secret"`
	Tags     []string      `log:"tags,omitempty"`
	Cached   bool          `log:"cached,omitempty"`
	Ratio    float64       `log:",omitempty"`
	Upstream *Client       `log:"upstream"`
	Extra    map[string]int
	internal int
	Debug    string `log:"-"`
}

func main() {
	entries := []AccessEntry{
		{Method: "GET", Path: "/", Status: 200, Bytes: 512, Latency: 1500 * time.Microsecond,
			Client: Client{"10.0.0.1", "curl/8.0"}, Token: "abc123"},
		{Method: "POST", Path: "/api/orders?id=7", Status: 500, Bytes: 0, Latency: 2 * time.Second,
			Client: Client{IP: "10.0.0.2"}, Tags: []string{"slow", "retry"}, Ratio: 0.25,
			Upstream: &Client{"192.168.1.9", "Go-http-client/1.1"}, Debug: "dropped", internal: 9},
		{Method: "GET", Path: "/missing page", Status: 404, Cached: true,
			Client: Client{"::1", "Mozilla/5.0 (X11)"}, Extra: map[string]int{"a": 1}},
	}
	for _, e := range entries {
		fmt.Println(Encode(e))
	}

	fmt.Println()
	t := reflect.TypeOf(AccessEntry{})
	for i := 0; i < t.NumField(); i++ {
		f := t.Field(i)
		fmt.Printf("%-9s kind=%-8v tag=%-18q stringer=%t\n", f.Name, f.Type.Kind(), f.Tag.Get("log"), f.Type.Implements(stringerType))
	}

	fmt.Println()
	fmt.Println(Encode(&Client{IP: "127.0.0.1", UserAgent: `say "hi"`}))
	var nilEntry *AccessEntry
	fmt.Printf("nil pointer encodes to %q\n", Encode(nilEntry))
}
