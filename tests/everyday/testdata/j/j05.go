// Command j05 builds an in-memory file system whose files satisfy several
// small interfaces that are composed by interface embedding.
package main

import (
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

type Reader interface{ Read(p []byte) (int, error) }
type Writer interface{ Write(p []byte) (int, error) }
type Closer interface{ Close() error }
type Named interface{ Name() string }

type ReadWriter interface {
	Reader
	Writer
}

type ReadWriteCloser interface {
	ReadWriter
	Closer
}

// File embeds overlapping interfaces; identical methods merge fine.
type File interface {
	ReadWriteCloser
	io.Closer
	Named
}

var ErrClosed = errors.New("file already closed")

type memFile struct {
	name   string
	data   []byte
	off    int
	closed bool
}

func (f *memFile) Name() string { return f.name }

func (f *memFile) Write(p []byte) (int, error) {
	if f.closed {
		return 0, ErrClosed
	}
	f.data = append(f.data, p...)
	return len(p), nil
}

func (f *memFile) Read(p []byte) (int, error) {
	if f.closed {
		return 0, ErrClosed
	}
	if f.off >= len(f.data) {
		return 0, io.EOF
	}
	n := copy(p, f.data[f.off:])
	f.off += n
	return n, nil
}

func (f *memFile) Close() error {
	if f.closed {
		return ErrClosed
	}
	f.closed = true
	return nil
}

type FS struct{ files map[string]*memFile }

func (fs *FS) Create(name string) File {
	f := &memFile{name: name}
	fs.files[name] = f
	return f
}

func (fs *FS) Open(name string) (File, error) {
	f, ok := fs.files[name]
	if !ok {
		return nil, fmt.Errorf("open %s: not found", name)
	}
	return &memFile{name: f.name, data: f.data}, nil
}

// copyUpper only needs a Reader and a Writer, so any File works.
func copyUpper(dst Writer, src Reader) (int, error) {
	buf := make([]byte, 4) // tiny buffer to exercise the loop
	total := 0
	for {
		n, err := src.Read(buf)
		if n > 0 {
			w, werr := dst.Write([]byte(strings.ToUpper(string(buf[:n]))))
			total += w
			if werr != nil {
				return total, werr
			}
		}
		if errors.Is(err, io.EOF) {
			return total, nil
		}
		if err != nil {
			return total, err
		}
	}
}

func main() {
	fs := &FS{files: map[string]*memFile{}}
	notes := fs.Create("notes.txt")
	fmt.Fprintf(notes, "interfaces compose; ")
	fmt.Fprintf(notes, "small is beautiful")
	fmt.Println("close:", notes.Close(), "again:", notes.Close())

	src, _ := fs.Open("notes.txt")
	dst := fs.Create("NOTES.TXT")
	n, err := copyUpper(dst, src)
	fmt.Println("copied", n, "bytes, err =", err)

	_, err = fs.Open("missing")
	fmt.Println("error:", err)

	// io.ReadAll accepts our File because it satisfies io.Reader structurally.
	back, _ := fs.Open("NOTES.TXT")
	all, _ := io.ReadAll(back)
	fmt.Printf("%s: %q\n", back.Name(), all)

	var rw ReadWriter = dst
	_, isCloser := rw.(Closer)
	_, isNamed := rw.(Named)
	fmt.Println("ReadWriter also Closer:", isCloser, "Named:", isNamed)

	names := make([]string, 0, len(fs.files))
	for name := range fs.files {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		fmt.Printf("%-10s %2d bytes\n", name, len(fs.files[name].data))
	}
	_ = dst.Close()
	_, err = dst.Write([]byte("x"))
	fmt.Println("write after close:", err)
}
