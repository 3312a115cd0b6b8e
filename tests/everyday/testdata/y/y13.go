package main

import (
	"fmt"
	"math"
	"math/big"
)

func factorial(n int64) *big.Int {
	r := big.NewInt(1)
	for i := int64(2); i <= n; i++ {
		r.Mul(r, big.NewInt(i))
	}
	return r
}

func fibBig(n int) *big.Int {
	a, b := big.NewInt(0), big.NewInt(1)
	for range n {
		a.Add(a, b)
		a, b = b, a
	}
	return a
}

type Stats struct {
	Mean, Std, Min, Max float64
}

func describe(xs []float64) Stats {
	s := Stats{Min: math.Inf(1), Max: math.Inf(-1)}
	for _, x := range xs {
		s.Mean += x
		s.Min = min(s.Min, x)
		s.Max = max(s.Max, x)
	}
	s.Mean /= float64(len(xs))
	for _, x := range xs {
		s.Std += (x - s.Mean) * (x - s.Mean)
	}
	s.Std = math.Sqrt(s.Std / float64(len(xs)-1))
	return s
}

func main() {
	f30 := factorial(30)
	fmt.Println("30! =", f30)
	fmt.Println("digits:", len(f30.String()), "bitlen:", f30.BitLen())
	fmt.Println("fib(100) =", fibBig(100))

	x, _ := new(big.Int).SetString("123456789012345678901234567890", 10)
	y := big.NewInt(987654321)
	q, m := new(big.Int).QuoRem(x, y, new(big.Int))
	fmt.Println("quo:", q, "rem:", m)
	fmt.Println("gcd:", new(big.Int).GCD(nil, nil, big.NewInt(462), big.NewInt(1071)))
	fmt.Println("2^100 mod 97 =", new(big.Int).Exp(big.NewInt(2), big.NewInt(100), big.NewInt(97)))
	fmt.Println("prime 2^61-1:", new(big.Int).Sub(new(big.Int).Lsh(big.NewInt(1), 61), big.NewInt(1)).ProbablyPrime(20))
	fmt.Printf("hex: %x cmp: %d sign: %d\n", y, x.Cmp(y), new(big.Int).Neg(y).Sign())

	r := big.NewRat(1, 3)
	r.Add(r, big.NewRat(1, 6))
	r.Mul(r, big.NewRat(4, 5))
	fmt.Println("rational:", r, r.FloatString(5))

	bf := new(big.Float).SetPrec(100).SetInt64(2)
	bf.Sqrt(bf)
	fmt.Println("sqrt2:", bf.Text('f', 30))

	data := []float64{2.5, 3.7, 1.2, 9.8, 4.4, 6.1, 5.0}
	st := describe(data)
	fmt.Printf("%+v\n", st)
	fmt.Printf("mean=%8.3f std=%8.3f range=[%g, %g]\n", st.Mean, st.Std, st.Min, st.Max)

	fmt.Printf("%.4f %.4f %.4f\n", math.Pi, math.E, math.Sqrt2)
	fmt.Println(math.Floor(-2.5), math.Ceil(-2.5), math.Round(-2.5), math.Trunc(-2.7), math.RoundToEven(2.5))
	fmt.Println(math.Abs(-3), math.Pow(2, 10), math.Cbrt(27), math.Hypot(3, 4), math.Mod(10, 3))
	fmt.Printf("%.6f %.6f %.6f\n", math.Log(math.E), math.Log10(1000), math.Log2(1024))
	fmt.Printf("%.4f %.4f %.4f\n", math.Sin(math.Pi/6), math.Cos(math.Pi/3), math.Atan2(1, 1))
	nan := math.NaN()
	fmt.Println(math.IsNaN(nan), nan == nan, math.IsInf(math.Inf(-1), -1), math.MaxInt64, math.MinInt8)
	fmt.Println(math.MaxUint32, math.SmallestNonzeroFloat64 > 0, math.Float64bits(1.0))
	frac, exp := math.Frexp(48)
	ip, fp := math.Modf(3.75)
	fmt.Println(frac, exp, ip, fp, math.Signbit(-0.0), math.Copysign(3, -1))
}
