package main

import (
	"fmt"
	"slices"
	"strings"
)

type Status int

const (
	Pending Status = iota + 1
	Running
	Done
	Failed
)

var statusNames = map[Status]string{Pending: "pending", Running: "running", Done: "done", Failed: "failed"}

func (s Status) String() string {
	if n, ok := statusNames[s]; ok {
		return n
	}
	return fmt.Sprintf("Status(%d)", int(s))
}

type Metric struct {
	Name  string
	Value float64
	Delta int
	Tags  []string
	State Status
}

func main() {
	ms := []Metric{
		{"cpu_usage", 73.456, 5, []string{"host:a"}, Running},
		{"mem_free_bytes", 1.5e9, -12, nil, Done},
		{"latency_p99", 0.000123, 0, []string{"svc:api", "region:eu"}, Failed},
		{"qps", 12500, 300, []string{}, Status(9)},
	}
	width := 0
	for _, m := range ms {
		width = max(width, len(m.Name))
	}
	for _, m := range ms {
		fmt.Printf("%-*s|%12.3f|%+5d|%-8v|%10.3e|%g\n", width, m.Name, m.Value, m.Delta, m.State, m.Value, m.Value)
	}

	m := ms[2]
	fmt.Printf("%v\n%+v\n", m, m)
	fmt.Printf("%#v\n", m.Tags)
	fmt.Printf("%T %T %T %T\n", m, m.State, m.Tags, ms)
	fmt.Printf("%d %v %s %q\n", Done, Done, Done, Done)

	fmt.Printf("[%5s][%-5s][%.2s][%5.1s]\n", "go", "go", "golang", "golang")
	fmt.Printf("[%6d][%-6d][%06d][%x][%X][%#x][%o][%#o][%b]\n", 42, 42, 42, 255, 255, 255, 8, 8, 5)
	fmt.Printf("[%8.3f][%-8.2f][%08.3f][%+.1f][%.0f][% d]\n", 3.14159, 2.5, -1.5, 2.0, 2.5, 7)
	fmt.Printf("%c %U %q %#U\n", 'G', 'G', 'G', '⌘')
	fmt.Printf("%x %X % x %q\n", "hi!", []byte("go"), "abc", []string{"a b", "c"})
	var noErr error
	fmt.Printf("%t %v %v %d\n", true, nil, noErr, []byte("AB"))
	fmt.Printf("%v %v %.3v\n", []float64{1, 2.5}, [2]bool{true}, 3.14159)
	fmt.Printf("%5.1f%%\n", 99.5)
	fmt.Printf("%[2]s-%[1]s %[2]s\n", "a", "b")
	fmt.Printf("%v %d\n", struct {
		A int
		B string
	}{1, "x"}, []int{1, 2})
	fmt.Printf("%e %E %.2g %g %g\n", 123456.789, 0.000321, 123456.789, 1e21, 1e20)
	fmt.Printf("%v %v %v\n", float32(0.1), 0.1+0.2, 100.0)
	fmt.Printf("%s|%10v|%-10v|\n", []string{"x"}, true, false)

	hist := map[string]int{"go": 14, "python": 22, "rust": 6, "sql": 17}
	keys := make([]string, 0, len(hist))
	for k := range hist {
		keys = append(keys, k)
	}
	slices.SortFunc(keys, func(a, b string) int { return hist[b] - hist[a] })
	for _, k := range keys {
		fmt.Printf("%8s %3d %s\n", k, hist[k], strings.Repeat("▇", hist[k]/2))
	}
	s := fmt.Sprintf("%6.2f|%-6.2f|%6s", 1.0, 2.0, "end")
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5), fmt.Sprintln("x", 1))
}
