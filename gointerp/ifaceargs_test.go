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
