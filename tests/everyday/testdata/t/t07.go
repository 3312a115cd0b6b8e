package main

import (
	"fmt"
	"strings"
)

type Celsius float64
type Stringer interface{ String() string }

func (c Celsius) String() string { return fmt.Sprintf("%.1f°C", float64(c)) }

func classify(v any) string {
	switch x := v.(type) {
	case nil:
		return "nil"
	case int, int8, int16, int32, int64:
		return fmt.Sprintf("signed integer %v (%T)", x, x)
	case uint, uint8, uint16:
		return fmt.Sprintf("unsigned %v", x)
	case float64:
		return fmt.Sprintf("float %.2f", x)
	case Stringer:
		return "stringer " + x.String()
	case string:
		return "string of len " + fmt.Sprint(len(x))
	case []int:
		return fmt.Sprintf("slice sum %d", sum(x...))
	case error:
		return "error: " + x.Error()
	case func(int) int:
		return fmt.Sprintf("func gives %d", x(10))
	default:
		return fmt.Sprintf("unknown %T", x)
	}
}

func sum(xs ...int) int {
	t := 0
	for _, x := range xs {
		t += x
	}
	return t
}

func main() {
	vals := []any{
		nil, 42, int8(-3), uint8(200), 3.14159, Celsius(21.5), "héllo",
		[]int{1, 2, 3}, fmt.Errorf("boom"), func(n int) int { return n * n },
		map[string]int{"a": 1}, struct{ A int }{5}, rune('x'), true,
	}
	for i, v := range vals {
		fmt.Printf("%2d: %s\n", i, classify(v))
	}

	var s any = "text"
	if str, ok := s.(string); ok {
		fmt.Println(strings.ToUpper(str))
	}
	n, ok := s.(int)
	fmt.Println(n, ok)

	func() {
		defer func() {
			if r := recover(); r != nil {
				fmt.Println("recovered:", r)
			}
		}()
		_ = s.(float64)
	}()

	var st any = Celsius(-4)
	if c, ok := st.(fmt.Stringer); ok {
		fmt.Println("fmt.Stringer:", c)
	}
	fmt.Println(st)
	fmt.Printf("%v %.3f\n", st, st)
}
