package magics

import (
	"context"
	"errors"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/spargo-kernel/spargo/gointerp"
	"github.com/spargo-kernel/spargo/kernel"
)

// fakeIO records streams and displays; Input returns scripted lines, then
// kernel.ErrNoStdin.
type fakeIO struct {
	mu      sync.Mutex
	streams map[string]*strings.Builder
	order   []string
	lines   []string
}

func newFakeIO(lines ...string) *fakeIO {
	return &fakeIO{streams: map[string]*strings.Builder{}, lines: lines}
}

func (f *fakeIO) Stream(name, text string) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.streams[name] == nil {
		f.streams[name] = &strings.Builder{}
	}
	f.streams[name].WriteString(text)
	f.order = append(f.order, name+":"+text)
}

func (f *fakeIO) Display(data, _ kernel.MIMEBundle, _ string, _ bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.order = append(f.order, "display")
}

func (f *fakeIO) ClearOutput(bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.order = append(f.order, "clear")
}

func (f *fakeIO) Input(context.Context, string, bool) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.lines) == 0 {
		return "", kernel.ErrNoStdin
	}
	l := f.lines[0]
	f.lines = f.lines[1:]
	return l, nil
}

func (f *fakeIO) ExecutionCount() int { return 1 }

func (f *fakeIO) stream(name string) string {
	f.mu.Lock()
	defer f.mu.Unlock()
	if f.streams[name] == nil {
		return ""
	}
	return f.streams[name].String()
}

// recorder is a fake inner interpreter: it records the code it is given
// and returns its text as the value.
type recorder struct {
	codes []string
	err   error
}

func (r *recorder) Execute(_ context.Context, code string, io kernel.IO) (kernel.MIMEBundle, error) {
	r.codes = append(r.codes, code)
	if r.err != nil {
		return nil, r.err
	}
	return kernel.MIMEBundle{"text/plain": "ran " + strings.TrimSpace(code)}, nil
}

func (r *recorder) Complete(code string, cursor int) kernel.Completion {
	return kernel.Completion{Matches: []string{"inner"}, CursorStart: cursor, CursorEnd: cursor}
}

func (r *recorder) Inspect(string, int, int) (kernel.MIMEBundle, bool) {
	return kernel.MIMEBundle{"text/plain": "inner doc"}, true
}

func (r *recorder) IsComplete(string) (string, string) { return "incomplete", "\t" }

func plain(b kernel.MIMEBundle) string {
	s, _ := b["text/plain"].(string)
	return s
}

func execErr(t *testing.T, err error) *kernel.ExecError {
	t.Helper()
	var ee *kernel.ExecError
	if !errors.As(err, &ee) {
		t.Fatalf("want *kernel.ExecError, got %T: %v", err, err)
	}
	return ee
}

func newRec() (*Interpreter, *recorder) {
	r := &recorder{}
	return Wrap(r, NewRegistry()), r
}

func exec(mi *Interpreter, code string) (kernel.MIMEBundle, *fakeIO, error) {
	io := newFakeIO()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	b, err := mi.Execute(ctx, code, io)
	return b, io, err
}

func TestPlainGoGoesToInner(t *testing.T) {
	mi, r := newRec()
	b, _, err := exec(mi, "x := 1\nx")
	if err != nil || plain(b) != "ran x := 1\nx" || len(r.codes) != 1 || r.codes[0] != "x := 1\nx" {
		t.Errorf("got %v %v, inner saw %q", b, err, r.codes)
	}
}

func TestLsmagic(t *testing.T) {
	mi, r := newRec()
	b, _, err := exec(mi, "%lsmagic")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"%lsmagic", "%help", "%env", "%time", "%%time"} {
		if !strings.Contains(plain(b), w) {
			t.Errorf("%%lsmagic output lacks %s:\n%s", w, plain(b))
		}
	}
	if strings.Contains(plain(b), "%%env") {
		t.Errorf("%%env is not a cell magic:\n%s", plain(b))
	}
	if len(r.codes) != 0 {
		t.Errorf("inner ran %q", r.codes)
	}
}

func TestHelp(t *testing.T) {
	mi, _ := newRec()
	b, _, err := exec(mi, "%help")
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range []string{"spargo", "Magics:", "%env", "%time", "%lsmagic"} {
		if !strings.Contains(plain(b), w) {
			t.Errorf("%%help lacks %q:\n%s", w, plain(b))
		}
	}
	for _, code := range []string{"%help time", "%help %time", "  %help   time  "} {
		b, _, err = exec(mi, code)
		if err != nil || !strings.HasPrefix(plain(b), "%time STATEMENT") || !strings.Contains(plain(b), "wall time") {
			t.Errorf("%q = %q, %v", code, plain(b), err)
		}
	}
	_, _, err = exec(mi, "%help nosuch")
	if ee := execErr(t, err); ee.Name != "UsageError" || !strings.Contains(ee.Value, "nosuch") {
		t.Errorf("%%help nosuch = %v", ee)
	}
}

func TestUnknownMagic(t *testing.T) {
	mi, r := newRec()
	for code, name := range map[string]string{
		"%nosuch": "nosuch", "%nosuch arg": "nosuch", "%%nosuch\nbody": "nosuch",
		// %%name must name a cell magic: env and lsmagic are line-only.
		"%%env\nX=1": "env", "%%lsmagic": "lsmagic",
	} {
		_, _, err := exec(mi, code)
		if ee := execErr(t, err); ee.Name != "UsageError" || !strings.Contains(ee.Value, name) {
			t.Errorf("%q: %v", code, ee)
		}
	}
	// The Go before an unknown magic ran; nothing after it.
	r.codes = nil
	_, _, err := exec(mi, "x := 1\n%nosuch\ny := 2")
	if ee := execErr(t, err); ee.Name != "UsageError" || len(r.codes) != 1 {
		t.Errorf("error %v, inner saw %q", ee, r.codes)
	}
}

func TestEnv(t *testing.T) {
	const name = "SPARGO_MAGICS_TEST_VAR"
	t.Setenv(name, "") // restored after the test
	os.Unsetenv(name)
	mi, _ := newRec()

	_, _, err := exec(mi, "%env "+name)
	if ee := execErr(t, err); ee.Name != "UsageError" {
		t.Errorf("reading an unset variable: %v", ee)
	}
	b, io, err := exec(mi, "%env "+name+"=hello world")
	if err != nil || b != nil {
		t.Fatalf("set: %v %v", b, err)
	}
	if got := os.Getenv(name); got != "hello world" {
		t.Errorf("os env = %q", got)
	}
	if !strings.Contains(io.stream("stdout"), name+"=hello world") {
		t.Errorf("set output = %q", io.stream("stdout"))
	}
	b, _, err = exec(mi, "%env "+name)
	if err != nil || plain(b) != "hello world" {
		t.Errorf("read = %v %v", b, err)
	}
	if _, _, err = exec(mi, "%env "+name+" spaced"); err != nil || os.Getenv(name) != "spaced" {
		t.Errorf("NAME VALUE form: %v, env %q", err, os.Getenv(name))
	}
	if _, _, err = exec(mi, "%env "+name+"=a=b"); err != nil || os.Getenv(name) != "a=b" {
		t.Errorf("value with '=': %v, env %q", err, os.Getenv(name))
	}

	const secret = "SPARGO_MAGICS_TEST_TOKEN"
	t.Setenv(secret, "s3cr3t")
	b, _, err = exec(mi, "%env")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(plain(b), name+"=a=b") || !strings.Contains(plain(b), secret+"=<hidden>") || strings.Contains(plain(b), "s3cr3t") {
		t.Errorf("%%env listing:\n%s", plain(b))
	}
}

var wallRE = regexp.MustCompile(`Wall time: \S+\n`)

func TestTimeWithRecorder(t *testing.T) {
	mi, r := newRec()
	b, io, err := exec(mi, "%time f(1)")
	if err != nil || plain(b) != "ran f(1)" || len(r.codes) != 1 || r.codes[0] != "f(1)" {
		t.Errorf("%%time: %v %v, inner saw %q", b, err, r.codes)
	}
	if !wallRE.MatchString(io.stream("stdout")) {
		t.Errorf("stdout = %q", io.stream("stdout"))
	}
	r.codes = nil
	b, io, err = exec(mi, "%%time\nx := 1\ny := 2")
	if err != nil || len(r.codes) != 1 || r.codes[0] != "x := 1\ny := 2" || plain(b) != "ran x := 1\ny := 2" {
		t.Errorf("%%%%time: %v %v, inner saw %q", b, err, r.codes)
	}
	if !wallRE.MatchString(io.stream("stdout")) {
		t.Errorf("stdout = %q", io.stream("stdout"))
	}
	// Errors pass through, and the time is still printed.
	r.err = &kernel.ExecError{Name: "panic", Value: "x"}
	_, io, err = exec(mi, "%%time\nboom()")
	if ee := execErr(t, err); ee.Name != "panic" {
		t.Errorf("error = %v", ee)
	}
	if !wallRE.MatchString(io.stream("stdout")) {
		t.Errorf("stdout after error = %q", io.stream("stdout"))
	}
}

func newGo(t *testing.T) *Interpreter {
	t.Helper()
	in, err := gointerp.New()
	if err != nil {
		t.Fatal(err)
	}
	return Wrap(in, NewRegistry())
}

func TestTimeWithGo(t *testing.T) {
	mi := newGo(t)
	b, io, err := exec(mi, "%time 6 * 7")
	if err != nil || plain(b) != "42" {
		t.Errorf("%%time 6 * 7 = %v, %v", b, err)
	}
	if !wallRE.MatchString(io.stream("stdout")) {
		t.Errorf("stdout = %q", io.stream("stdout"))
	}
	b, io, err = exec(mi, "%%time\nx := 2\nfmt.Println(\"hi\")\nx * 3")
	if err != nil || plain(b) != "6" {
		t.Errorf("%%%%time cell = %v, %v", b, err)
	}
	if out := io.stream("stdout"); !strings.HasPrefix(out, "hi\n") || !wallRE.MatchString(out) {
		t.Errorf("stdout = %q", out)
	}
	// State from %%time cells persists.
	b, _, err = exec(mi, "x + 1")
	if err != nil || plain(b) != "3" {
		t.Errorf("x + 1 = %v, %v", b, err)
	}
}

var lineRE = regexp.MustCompile(`cell:(\d+):`)

func errLine(t *testing.T, err error) string {
	t.Helper()
	ee := execErr(t, err)
	m := lineRE.FindStringSubmatch(ee.Value)
	if m == nil {
		t.Fatalf("no cell position in %q", ee.Value)
	}
	return m[1]
}

func TestMixedCellMagicFirst(t *testing.T) {
	mi := newGo(t)
	_, io, err := exec(mi, "%env SPARGO_MAGICS_MIX=1\nfmt.Println(undefinedQ)")
	t.Cleanup(func() { os.Unsetenv("SPARGO_MAGICS_MIX") })
	if got := errLine(t, err); got != "2" {
		t.Errorf("error on cell line 2 reported at line %s (stdout %q)", got, io.stream("stdout"))
	}
}

// Go code after a %magic line keeps its cell line numbers even when Go
// code comes before the magic.
func TestMixedCellLineNumbers(t *testing.T) {
	mi := newGo(t)
	t.Cleanup(func() { os.Unsetenv("SPARGO_MAGICS_MIX") })
	b, io, err := exec(mi, "a := 1\n%env SPARGO_MAGICS_MIX=2\nb := a + 1\nb")
	if err != nil || plain(b) != "2" {
		t.Fatalf("mixed cell = %v, %v", b, err)
	}
	if !strings.Contains(io.stream("stdout"), "SPARGO_MAGICS_MIX=2") {
		t.Errorf("stdout = %q", io.stream("stdout"))
	}
	_, _, err = exec(mi, "x := 1\n\n%env SPARGO_MAGICS_MIX=3\nfmt.Println(undefinedQ)")
	if got := errLine(t, err); got != "4" {
		t.Errorf("error on cell line 4 reported at line %s", got)
	}
}

func TestMixedCellOrderAndValue(t *testing.T) {
	mi, r := newRec()
	t.Cleanup(func() { os.Unsetenv("SPARGO_MAGICS_MIX") })
	b, _, err := exec(mi, "one()\n%env SPARGO_MAGICS_MIX=4\ntwo()")
	if err != nil {
		t.Fatal(err)
	}
	if len(r.codes) != 2 || strings.TrimSpace(r.codes[0]) != "one()" || strings.TrimSpace(r.codes[1]) != "two()" {
		t.Errorf("inner saw %q", r.codes)
	}
	if plain(b) != "ran two()" {
		t.Errorf("value = %v", b)
	}
	// An error in the first part stops the cell.
	r.codes, r.err = nil, errors.New("fail")
	if _, _, err := exec(mi, "one()\n%env SPARGO_MAGICS_MIX=5\ntwo()"); err == nil || len(r.codes) != 1 {
		t.Errorf("err %v, inner saw %q", err, r.codes)
	}
	if os.Getenv("SPARGO_MAGICS_MIX") == "5" {
		t.Errorf("magic after a failed part ran")
	}
}

// Lines inside a Go raw string that start with % are Go, not magics.
func TestPercentInsideRawString(t *testing.T) {
	mi := newGo(t)
	b, _, err := exec(mi, "s := `\n%d items\n`\nlen(s)")
	if err != nil || plain(b) != "10" {
		t.Errorf("raw string with a %%-line: %v, %v", b, err)
	}
}

func TestPercentInGo(t *testing.T) {
	mi := newGo(t)
	b, io, err := exec(mi, "fmt.Printf(\"%d%%\\n\", 5)\n7 % 4")
	if err != nil || plain(b) != "3" || io.stream("stdout") != "5%\n" {
		t.Errorf("Go with %%: %v %v %q", b, err, io.stream("stdout"))
	}
}

func TestComplete(t *testing.T) {
	mi, _ := newRec()
	c := mi.Complete("%ti", 3)
	if strings.Join(c.Matches, ",") != "%time" || c.CursorStart != 0 || c.CursorEnd != 3 {
		t.Errorf("Complete(%%ti) = %+v", c)
	}
	c = mi.Complete("%%ti", 4)
	if strings.Join(c.Matches, ",") != "%%time" || c.CursorStart != 0 {
		t.Errorf("Complete(%%%%ti) = %+v", c)
	}
	c = mi.Complete("%%e", 3)
	if len(c.Matches) != 0 {
		t.Errorf("Complete(%%%%e) offers line-only magics: %v", c.Matches)
	}
	c = mi.Complete("x := \"é\"\n  %e", 13)
	if strings.Join(c.Matches, ",") != "%env" || c.CursorStart != 11 || c.CursorEnd != 13 {
		t.Errorf("Complete on a later line = %+v", c)
	}
	c = mi.Complete("fmt.Pr", 6)
	if strings.Join(c.Matches, ",") != "inner" {
		t.Errorf("Go completion not deferred: %+v", c)
	}
	c = mi.Complete("%time fmt.Pr", 12)
	if strings.Join(c.Matches, ",") != "inner" {
		t.Errorf("completion in %%time args not deferred: %+v", c)
	}
	// With the Go interpreter.
	g := newGo(t)
	c = g.Complete("%ti", 3)
	if strings.Join(c.Matches, ",") != "%time" {
		t.Errorf("Go: Complete(%%ti) = %+v", c)
	}
	c = g.Complete("fmt.Pri", 7)
	if strings.Join(c.Matches, ",") != "Print,Printf,Println" {
		t.Errorf("Go: Complete(fmt.Pri) = %+v", c)
	}
}

func TestInspectAndIsComplete(t *testing.T) {
	mi, _ := newRec()
	b, ok := mi.Inspect("%time", 3, 0)
	if !ok || !strings.Contains(plain(b), "%time STATEMENT") {
		t.Errorf("Inspect(%%time) = %v %v", b, ok)
	}
	b, ok = mi.Inspect("x", 1, 0)
	if !ok || plain(b) != "inner doc" {
		t.Errorf("Inspect deferral = %v %v", b, ok)
	}
	for code, want := range map[string]string{"%time x": "complete", "%%time\nfor {": "complete", "func f() {": "incomplete"} {
		if got, _ := mi.IsComplete(code); got != want {
			t.Errorf("IsComplete(%q) = %q, want %q", code, got, want)
		}
	}
}

func TestRegisterCustom(t *testing.T) {
	mi, r := newRec()
	var got Call
	mi.reg.Register(Magic{Name: "echo", Line: true, Cell: true, Usage: "%echo", Help: "echo",
		Run: func(ctx context.Context, c Call) (kernel.MIMEBundle, error) {
			got = c
			return kernel.MIMEBundle{"text/plain": c.Args + "|" + c.Body}, nil
		}})
	b, _, err := exec(mi, "%%echo a b\nline1\nline2")
	if err != nil || plain(b) != "a b|line1\nline2" || !got.IsCell {
		t.Errorf("%%%%echo = %v %v %+v", b, err, got)
	}
	b, _, err = exec(mi, "  %echo   x  ")
	if err != nil || plain(b) != "x|" || got.IsCell {
		t.Errorf("%%echo = %v %v", b, err)
	}
	if len(r.codes) != 0 {
		t.Errorf("inner ran %q", r.codes)
	}
	if !contains(mi.reg.Names(), "echo") {
		t.Errorf("Names = %v", mi.reg.Names())
	}
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}
