package magics

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"sync"
	"testing"

	"github.com/spargo-kernel/spargo/kernel"
)

// streamIO is a kernel.IO that keeps what magics stream, for the %spark
// and %sql tests.
type streamIO struct {
	mu      sync.Mutex
	streams map[string]string
}

func (s *streamIO) Stream(name, text string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.streams == nil {
		s.streams = map[string]string{}
	}
	s.streams[name] += text
}

func (s *streamIO) get(name string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.streams[name]
}

func (s *streamIO) Display(kernel.MIMEBundle, kernel.MIMEBundle, string, bool) {}
func (s *streamIO) ClearOutput(bool)                                           {}
func (s *streamIO) Input(context.Context, string, bool) (string, error) {
	return "", kernel.ErrNoStdin
}
func (s *streamIO) ExecutionCount() int { return 1 }

// asExecError returns err as a *kernel.ExecError with the given name.
func asExecError(t *testing.T, err error, name string) *kernel.ExecError {
	t.Helper()
	var ee *kernel.ExecError
	if !errors.As(err, &ee) {
		t.Fatalf("want a *kernel.ExecError %s, got %T: %v", name, err, err)
	}
	if ee.Name != name {
		t.Fatalf("error name %q, want %q (%v)", ee.Name, name, err)
	}
	return ee
}

func TestSplitArgs(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"   ", nil},
		{"a", []string{"a"}},
		{"  a   b  ", []string{"a", "b"}},
		{"a\tb\t\tc", []string{"a", "b", "c"}},
		{`a "b c" d`, []string{"a", "b c", "d"}},
		{`'single quoted'`, []string{"single quoted"}},
		{`--conf "spark.x=a b"`, []string{"--conf", "spark.x=a b"}},
		{`--conf=spark.x="a b"`, []string{"--conf=spark.x=a b"}},
		{`"it's"`, []string{"it's"}},
		{`'say "hi"'`, []string{`say "hi"`}},
		{`a""b`, []string{"ab"}},
		{`""`, []string{""}},
		{`x '' y`, []string{"x", "", "y"}},
		{`"a"'b'c`, []string{"abc"}},
		{`"  spaced  "`, []string{"  spaced  "}},
		{"ünï cødé", []string{"ünï", "cødé"}},
	}
	for _, c := range cases {
		got, err := splitArgs(c.in)
		if err != nil {
			t.Errorf("splitArgs(%q): %v", c.in, err)
			continue
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("splitArgs(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

func TestSplitArgsUnclosed(t *testing.T) {
	cases := []struct{ in, want string }{
		{`a "b c`, `unclosed " quote`},
		{`it's`, `unclosed ' quote`},
		{`"`, `unclosed " quote`},
		{`'a' "b`, `unclosed " quote`},
		{`"a 'b"  'c`, `unclosed ' quote`},
	}
	for _, c := range cases {
		got, err := splitArgs(c.in)
		if err == nil {
			t.Errorf("splitArgs(%q) = %q, want an error", c.in, got)
			continue
		}
		if err.Error() != c.want {
			t.Errorf("splitArgs(%q) error %q, want %q", c.in, err, c.want)
		}
	}
}

func TestParseFlags(t *testing.T) {
	withValue := []string{"conf", "master", "o"}
	boolean := []string{"verbose"}
	cases := []struct {
		name       string
		words      []string
		values     map[string][]string
		positional []string
	}{
		{"none", nil, map[string][]string{}, nil},
		{"space value", []string{"--master", "spark://h:7077"}, map[string][]string{"master": {"spark://h:7077"}}, nil},
		{"equals value", []string{"--master=local[2]"}, map[string][]string{"master": {"local[2]"}}, nil},
		{"equals in value", []string{"--conf=a=b=c"}, map[string][]string{"conf": {"a=b=c"}}, nil},
		{"empty equals value", []string{"--master="}, map[string][]string{"master": {""}}, nil},
		{"repeated", []string{"--conf", "a=1", "--conf=b=2", "--conf", "c=3"}, map[string][]string{"conf": {"a=1", "b=2", "c=3"}}, nil},
		{"single dash", []string{"-o", "df"}, map[string][]string{"o": {"df"}}, nil},
		{"bool", []string{"--verbose", "x"}, map[string][]string{"verbose": {"true"}}, []string{"x"}},
		{"positional mix", []string{"local", "--conf", "a=1", "3.5", "-", "tail"},
			map[string][]string{"conf": {"a=1"}}, []string{"local", "3.5", "-", "tail"}},
		{"value looks like a flag", []string{"--master", "--verbose"}, map[string][]string{"master": {"--verbose"}}, nil},
	}
	for _, c := range cases {
		f, err := parseFlags(c.words, withValue, boolean)
		if err != nil {
			t.Errorf("%s: %v", c.name, err)
			continue
		}
		if !reflect.DeepEqual(f.values, c.values) || !reflect.DeepEqual(f.positional, c.positional) {
			t.Errorf("%s: values %q positional %q; want %q, %q", c.name, f.values, f.positional, c.values, c.positional)
		}
	}
}

func TestParseFlagsGet(t *testing.T) {
	f, err := parseFlags([]string{"--master", "a", "--master=b"}, []string{"master", "conf"}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if got := f.get("master"); got != "b" {
		t.Errorf("get(master) = %q, want the last value b", got)
	}
	if got := f.get("conf"); got != "" {
		t.Errorf("get(conf) = %q, want empty", got)
	}
	if got := f.get("nope"); got != "" {
		t.Errorf("get(nope) = %q", got)
	}
}

func TestParseFlagsErrors(t *testing.T) {
	withValue := []string{"conf", "master"}
	boolean := []string{"verbose"}
	cases := []struct {
		words []string
		want  string
	}{
		{[]string{"--bogus"}, "unknown option --bogus"},
		{[]string{"--bogus=1"}, "unknown option --bogus=1"},
		{[]string{"-x", "1"}, "unknown option -x"},
		{[]string{"local", "--conf"}, "--conf needs a value"},
		{[]string{"--master"}, "--master needs a value"},
		{[]string{"--"}, "unknown option --"},
	}
	for _, c := range cases {
		_, err := parseFlags(c.words, withValue, boolean)
		if err == nil || err.Error() != c.want {
			t.Errorf("parseFlags(%q) error %v, want %q", c.words, err, c.want)
		}
	}
	// Bool options take no =value.
	if _, err := parseFlags([]string{"--verbose=yes"}, withValue, boolean); err == nil || !strings.Contains(err.Error(), "--verbose=yes") {
		t.Errorf("--verbose=yes: %v", err)
	}
}
