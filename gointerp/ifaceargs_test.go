package gointerp

import "testing"

// A value held in a cell's interface passed as a standard interface
// (fmt.Fprintf's io.Writer) keeps its methods.
func TestSessionInterfaceAsStandardArgument(t *testing.T) {
	in := newInterp(t)
	mustRun(t, in, `import "io"
type Writer interface{ Write(p []byte) (int, error) }
type File interface {
	Writer
	Name() string
}
type memFile struct{ name string; data []byte }
func (f *memFile) Write(p []byte) (int, error) { f.data = append(f.data, p...); return len(p), nil }
func (f *memFile) Name() string { return f.name }
var _ io.Writer`)
	if got := value(t, in, `var f File = &memFile{name: "n"}
fmt.Fprintf(f, "small is %s", "beautiful")
string(f.(*memFile).data)`); got != "small is beautiful" {
		t.Errorf("got %q", got)
	}
}

// A struct embedding strings.Builder, passed to fmt.Fprintf and a
// template's Execute: it was not an io.Writer ("cannot use type
// *main.writer"), then, with its promoted methods written out, a
// fmt.Stringer to them.
func TestEmbeddedBuilderAsWriter(t *testing.T) {
	in := newInterp(t)
	_, io := mustRun(t, in, `import ("strings"; "text/template")
type writer struct{ strings.Builder }
func (w *writer) line(s string) { w.WriteString(s + "\n") }
var w writer
w.line("a")
fmt.Fprintf(&w, "x=%d\n", 1)
template.Must(template.New("t").Parse("hi {{.}}\n")).Execute(&w, "bob")
fmt.Print(w.String(), w.Len())`)
	if got, want := io.stream("stdout"), "a\nx=1\nhi bob\n13"; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
}
