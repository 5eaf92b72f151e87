package org.podunits.pod;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.podunits.unit.SystemdText;

/**
 * A Kubernetes resource quantity such as {@code 512M}, {@code 512Mi}, {@code 1500m}, {@code 1.5} or
 * {@code 1e3}, parsed as {@code resource.ParseQuantity} does.
 *
 * <p>The text is a signed decimal number followed by at most one suffix: a decimal SI suffix ({@code
 * n u m k M G T P E}), a binary one ({@code Ki Mi Gi Ti Pi Ei}) or an exponent ({@code e3}, {@code
 * E-2}). Like Kubernetes, {@link #value()} and {@link #milliValue()} round up.
 */
public final class Quantity {

  private final String text;
  private final BigDecimal amount;

  private Quantity(String text, BigDecimal amount) {
    this.text = text;
    this.amount = amount;
  }

  /**
   * Parses a quantity.
   *
   * @throws InvalidPodException naming the text if it is not a Kubernetes quantity
   */
  public static Quantity parse(String text) {
    if (text == null) {
      throw DiagnosticList.refusal(DiagnosticCode.VALUE_NULL, "", "quantity must not be null");
    }
    int end = text.length();
    int pos = 0;
    if (pos < end && (text.charAt(0) == '-' || text.charAt(0) == '+')) {
      pos++;
    }
    int numberStart = pos;
    while (pos < end && isDigit(text.charAt(pos))) {
      pos++;
    }
    if (pos < end && text.charAt(pos) == '.') {
      pos++;
      while (pos < end && isDigit(text.charAt(pos))) {
        pos++;
      }
    }
    String number = text.substring(numberStart, pos);
    String suffix = text.substring(pos);
    if (text.isEmpty() || !hasDigit(number)) {
      throw malformed(text);
    }
    BigDecimal mantissa = new BigDecimal(number);
    if (text.charAt(0) == '-') {
      mantissa = mantissa.negate();
    }
    return new Quantity(text, mantissa.multiply(multiplier(text, suffix)));
  }

  private static BigDecimal multiplier(String text, String suffix) {
    switch (suffix) {
      case "":
        return BigDecimal.ONE;
      case "n":
        return BigDecimal.ONE.scaleByPowerOfTen(-9);
      case "u":
        return BigDecimal.ONE.scaleByPowerOfTen(-6);
      case "m":
        return BigDecimal.ONE.scaleByPowerOfTen(-3);
      case "k":
        return BigDecimal.ONE.scaleByPowerOfTen(3);
      case "M":
        return BigDecimal.ONE.scaleByPowerOfTen(6);
      case "G":
        return BigDecimal.ONE.scaleByPowerOfTen(9);
      case "T":
        return BigDecimal.ONE.scaleByPowerOfTen(12);
      case "P":
        return BigDecimal.ONE.scaleByPowerOfTen(15);
      case "E":
        return BigDecimal.ONE.scaleByPowerOfTen(18);
      case "Ki":
        return new BigDecimal(BigInteger.ONE.shiftLeft(10));
      case "Mi":
        return new BigDecimal(BigInteger.ONE.shiftLeft(20));
      case "Gi":
        return new BigDecimal(BigInteger.ONE.shiftLeft(30));
      case "Ti":
        return new BigDecimal(BigInteger.ONE.shiftLeft(40));
      case "Pi":
        return new BigDecimal(BigInteger.ONE.shiftLeft(50));
      case "Ei":
        return new BigDecimal(BigInteger.ONE.shiftLeft(60));
      default:
        return exponent(text, suffix);
    }
  }

  private static BigDecimal exponent(String text, String suffix) {
    if (suffix.length() < 2 || (suffix.charAt(0) != 'e' && suffix.charAt(0) != 'E')) {
      throw malformed(text);
    }
    String digits = suffix.substring(1);
    int start = digits.charAt(0) == '-' || digits.charAt(0) == '+' ? 1 : 0;
    if (start == digits.length() || !allDigits(digits, start)) {
      throw malformed(text);
    }
    int power;
    try {
      power = Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      throw malformed(text);
    }
    if (Math.abs((long) power) > 1000) {
      throw DiagnosticList.refusal(DiagnosticCode.QUANTITY_MALFORMED, "", "quantity \"" + text
          + "\" has an exponent out of range; use an exponent between -1000 and 1000");
    }
    return BigDecimal.ONE.scaleByPowerOfTen(power);
  }

  private static boolean isDigit(int c) {
    return c >= '0' && c <= '9';
  }

  private static boolean hasDigit(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (isDigit(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static boolean allDigits(String text, int from) {
    for (int i = from; i < text.length(); i++) {
      if (!isDigit(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static InvalidPodException malformed(String text) {
    return DiagnosticList.refusal(DiagnosticCode.QUANTITY_MALFORMED, "", "quantity \"" + SystemdText.printable(text)
        + "\" must be a Kubernetes quantity such as 512M, 512Mi, 1500m, 1.5 or 1e3");
  }

  /** Whether the quantity is below zero. */
  public boolean negative() {
    return amount.signum() < 0;
  }

  /** The exact amount. */
  public BigDecimal amount() {
    return amount;
  }

  /**
   * The amount as a whole number, rounded up like Kubernetes' {@code Value()}: {@code 512M} is
   * 512000000, {@code 512Mi} is 536870912.
   *
   * @throws ArithmeticException if it does not fit in a {@code long}
   */
  public long value() {
    return amount.setScale(0, RoundingMode.CEILING).longValueExact();
  }

  /**
   * The amount in thousandths, rounded up like Kubernetes' {@code MilliValue()}: {@code 1500m} and
   * {@code 1.5} are 1500.
   *
   * @throws ArithmeticException if it does not fit in a {@code long}
   */
  public long milliValue() {
    return amount.scaleByPowerOfTen(3).setScale(0, RoundingMode.CEILING).longValueExact();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Quantity && ((Quantity) other).text.equals(text);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  /** The quantity as it was written. */
  @Override
  public String toString() {
    return text;
  }
}
